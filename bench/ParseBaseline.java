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
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.secretomecheck.protocol.Measurement;
import org.secretomecheck.protocol.Protocol;

/**
 * The benchmark's baseline: the least work any checker must do. For each file it reads the bytes,
 * parses them with Jackson's YAMLMapper and binds the {@code protocol} subtree into the tool's own
 * model, {@link Protocol}, with the same Jackson settings as the tool's binder
 * ({@code validate.ModelMapper}: snake_case, fields only, BigDecimal, no scalar coercion, the same
 * date and measured-value deserializers). No strict reading, no validation, no rules, no report.
 *
 * <p>Run with the shaded jar on the class path. bench/run.sh compiles it once, so that the timed
 * runs do not include javac:
 *
 * <pre>
 * javac -cp target/secretome-check.jar -d bench/work/classes bench/ParseBaseline.java
 * java -cp target/secretome-check.jar:bench/work/classes ParseBaseline PATH...
 * </pre>
 *
 * (Source-file mode, {@code java -cp target/secretome-check.jar bench/ParseBaseline.java PATH},
 * works too, but then compiles the program in every run.)
 *
 * <p>Directories are walked recursively for *.yaml and *.yml, in path order, like the tool. Exits
 * 0 when every file bound, 2 otherwise (with the first failures on stderr).
 */
public final class ParseBaseline {

    private static final YAMLMapper YAML = new YAMLMapper();

    private static final ObjectMapper BINDER = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .visibility(PropertyAccessor.ALL, JsonAutoDetect.Visibility.NONE)
            .visibility(PropertyAccessor.FIELD, JsonAutoDetect.Visibility.ANY)
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS)
            .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
            .addModule(new SimpleModule()
                    .addDeserializer(LocalDate.class, new JsonDeserializer<LocalDate>() {
                        @Override
                        public LocalDate deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                            return LocalDate.parse(parser.getValueAsString());
                        }
                    })
                    .addDeserializer(Measurement.class, new JsonDeserializer<Measurement>() {
                        @Override
                        public Measurement deserialize(JsonParser parser, DeserializationContext context) throws IOException {
                            return parser.currentToken().isNumeric()
                                    ? Measurement.exact(parser.getDecimalValue())
                                    : Measurement.censored(parser.getText());
                        }
                    }))
            .build();

    public static void main(String[] args) throws IOException {
        if (args.length == 0) {
            System.err.println("usage: ParseBaseline PATH...");
            System.exit(2);
        }
        List<Path> files = new ArrayList<>();
        for (String arg : args) {
            Path path = Path.of(arg);
            if (Files.isDirectory(path)) {
                try (Stream<Path> walk = Files.walk(path)) {
                    walk.filter(Files::isRegularFile)
                            .filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                            .sorted()
                            .forEach(files::add);
                }
            } else {
                files.add(path);
            }
        }
        int bound = 0;
        int failed = 0;
        long checksum = 0;
        for (Path file : files) {
            try {
                byte[] content = Files.readAllBytes(file);
                JsonNode root = YAML.readTree(content);
                Protocol protocol = BINDER.treeToValue(root.get("protocol"), Protocol.class);
                checksum = checksum * 31 + protocol.getId().hashCode();
                bound++;
            } catch (IOException | RuntimeException e) {
                if (failed++ < 5) {
                    System.err.println(file + ": " + e);
                }
            }
        }
        System.out.println("bound " + bound + " of " + files.size() + " files (checksum " + Long.toHexString(checksum) + ")");
        System.exit(failed == 0 ? 0 : 2);
    }
}
