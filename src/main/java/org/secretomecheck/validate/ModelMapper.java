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
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.time.LocalDate;
import java.util.List;
import org.secretomecheck.protocol.Children;
import org.secretomecheck.protocol.ListItem;
import org.secretomecheck.protocol.Measurement;
import org.secretomecheck.protocol.Protocol;
import org.secretomecheck.protocol.Section;

/**
 * Binds a shape-checked tree to the model with Jackson, then completes the model for the rules:
 * every absent section becomes an empty one marked not present, and list items learn their index.
 */
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
            complete(model);
            return model;
        } catch (IOException e) {
            throw new IllegalStateException("shape check let through a value the model cannot bind", e);
        }
    }

    /** The no-argument constructor of each section class, for the empty stand-ins of absent sections. */
    private static final ClassValue<Constructor<?>> EMPTY = new ClassValue<>() {
        @Override
        protected Constructor<?> computeValue(Class<?> type) {
            try {
                return type.getDeclaredConstructor();
            } catch (NoSuchMethodException e) {
                throw new IllegalStateException("the model class " + type + " has no no-argument constructor", e);
            }
        }
    };

    private static void complete(Section section) {
        for (Field field : Children.fields(section.getClass())) {
            try {
                Object value = field.get(section);
                if (value == null && Section.class.isAssignableFrom(field.getType())) {
                    Section empty = (Section) EMPTY.get(field.getType()).newInstance();
                    empty.setPresent(false);
                    field.set(section, empty);
                    complete(empty);
                } else if (value instanceof Section child) {
                    complete(child);
                } else if (value instanceof List<?> list) {
                    for (int i = 0; i < list.size(); i++) {
                        if (list.get(i) instanceof ListItem item) {
                            item.setIndex(i);
                            complete(item);
                        }
                    }
                }
            } catch (ReflectiveOperationException e) {
                throw new IllegalStateException("cannot complete " + field, e);
            }
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
