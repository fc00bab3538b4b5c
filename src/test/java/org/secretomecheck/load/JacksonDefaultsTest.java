package org.secretomecheck.load;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLMapper;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

/**
 * What Jackson's YAML module does by default, next to what the format requires (YAML 1.2 core
 * schema, {@code protocol-format.md} 2.3). Jackson follows YAML 1.1 habits: hexadecimal, octal
 * with a leading zero, digit separators and yes/no booleans. These differences are why
 * {@link YamlReader} resolves scalars itself; if Jackson's defaults change, this test says so.
 */
class JacksonDefaultsTest {

    private static final String YAML = "hex: 0x1F\nleading_zero: 017\nseparated: 1_000\nanswer: yes\n";

    @Test
    void jacksonDefaultsAreYaml11LikeAndOursAreTheCoreSchema() throws Exception {
        JsonNode jackson = new YAMLMapper().readTree(YAML);
        assertThat(jackson.get("hex").intValue()).isEqualTo(31);
        assertThat(jackson.get("leading_zero").intValue()).as("octal").isEqualTo(15);
        assertThat(jackson.get("separated").intValue()).isEqualTo(1000);
        assertThat(jackson.get("answer").isBoolean()).isTrue();

        JsonNode ours = new YamlReader(InputLimits.DEFAULT).read("t.yaml", YAML.getBytes(StandardCharsets.UTF_8))
                .document().root();
        assertThat(ours.get("hex").textValue()).isEqualTo("0x1F");
        assertThat(ours.get("leading_zero").intValue()).as("base 10, leading zero ignored").isEqualTo(17);
        assertThat(ours.get("separated").textValue()).isEqualTo("1_000");
        assertThat(ours.get("answer").textValue()).isEqualTo("yes");
    }
}
