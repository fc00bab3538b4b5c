package org.secretomecheck.validate;

import com.fasterxml.jackson.annotation.JsonAutoDetect;
import com.fasterxml.jackson.annotation.PropertyAccessor;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.MapperFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.databind.module.SimpleModule;
import java.io.IOException;
import java.time.LocalDate;
import org.secretomecheck.protocol.Completion;
import org.secretomecheck.protocol.Measurement;
import org.secretomecheck.protocol.Protocol;

/** Binds a shape-checked tree to the model with Jackson, then completes it ({@link Completion}). */
final class ModelMapper {

    private static final ObjectMapper MAPPER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule()
                    .addDeserializer(LocalDate.class, new DateDeserializer())
                    .addDeserializer(Measurement.class, new MeasurementDeserializer()))
            .build();

    private ModelMapper() {}

    /** Binds the cleaned {@code protocol} mapping. */
    static Protocol bind(JsonNode protocol) {
        try {
            Protocol model = MAPPER.treeToValue(protocol, Protocol.class);
            Completion.complete(model);
            return model;
        } catch (IOException e) {
            throw new IllegalStateException("shape check let through a value the model cannot bind", e);
        }
    }

    private static final class DateDeserializer extends JsonDeserializer<LocalDate> {
        @Override
        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return LocalDate.parse(parser.getValueAsString());
        }
    }

    private static final class MeasurementDeserializer extends JsonDeserializer<Measurement> {
        @Override
        public Measurement deserialize(JsonParser parser, DeserializationContext context) throws IOException {
            return parser.currentToken().isNumeric()
                    ? Measurement.exact(parser.getDecimalValue())
                    : Measurement.censored(parser.getText());
        }
    }
}
