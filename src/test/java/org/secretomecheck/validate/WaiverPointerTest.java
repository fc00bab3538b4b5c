package org.secretomecheck.validate;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** A waiver file's pointer must name a place of the format, and every place a rule reports at is one. */
class WaiverPointerTest {

    private static final Pattern EXPECTED_POINTER = Pattern.compile("pointer: \"?(/protocol[^,}\"\\s]*)");

    @Test
    void everyPointerTheRuleCasesExpectNamesAPlaceOfTheFormat() throws IOException {
        List<String> pointers;
        try (Stream<Path> cases = Files.walk(Path.of("rules"))) {
            pointers = cases.filter(path -> path.toString().endsWith(".yaml")).flatMap(path -> {
                try {
                    Matcher pointer = EXPECTED_POINTER.matcher(Files.readString(path));
                    return pointer.results().map(result -> result.group(1)).toList().stream();
                } catch (IOException e) {
                    throw new java.io.UncheckedIOException(e);
                }
            }).distinct().toList();
        }
        assertThat(pointers).hasSizeGreaterThan(150);
        assertThat(pointers).allSatisfy(pointer -> assertThat(WaiverReader.nowhere(pointer)).as(pointer).isNull());
    }

    @Test
    void aPointerThatNamesNothingSaysWhere() {
        assertThat(WaiverReader.nowhere("/protocol")).isNull();
        assertThat(WaiverReader.nowhere("/protocol/harvest_processing/centrifugation_steps/12/g_force_xg")).isNull();
        assertThat(WaiverReader.nowhere("/protocol/documentation/raw_materials/0")).isNull();
        assertThat(WaiverReader.nowhere("/protocol/donr")).isEqualTo("donr is not a key of protocol; did you mean donor?");
        assertThat(WaiverReader.nowhere("/protocol/harvest_processing/centrifugation_steps/01"))
                .isEqualTo("01 is not an index of the list protocol.harvest_processing.centrifugation_steps");
        assertThat(WaiverReader.nowhere("/protocol/product/type/x")).isEqualTo("protocol.product.type holds a value, with no keys below it");
    }
}
