package org.secretomecheck.profile;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * The profile's SHA-256 is of bytes a reviewer can write down from its definition in README.md
 * (the JSON report's {@code profile.sha256}), without reading the tool's code.
 */
class ProfileDigestTest {

    @Test
    void theDigestIsOfCompactJsonWithSortedKeysAndPlainNumbers() throws Exception {
        JsonNode tree = new ObjectMapper().readTree("""
                {"profile": {"version": "1", "name": "site µ", "expansion": {"max_passage": 5.0, "tiny": 1e-7},
                 "chr": {"ratio": 1.5e9, "ten": 10}, "f": 0.220, "list": [2.50, "x"]}}""");
        String written = "{\"profile\":{\"chr\":{\"ratio\":1500000000,\"ten\":10},\"expansion\":{\"max_passage\":5,"
                + "\"tiny\":0.0000001},\"f\":0.22,\"list\":[2.5,\"x\"],\"name\":\"site µ\",\"version\":\"1\"}}";
        String expected = HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                .digest(written.getBytes(StandardCharsets.UTF_8)));
        assertThat(ProfileLoader.sha256(tree)).isEqualTo(expected);
    }
}
