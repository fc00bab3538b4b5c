package org.secretomecheck.load;

import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.core.io.IOContext;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactoryBuilder;
import java.io.IOException;
import java.io.Reader;
import java.io.StringWriter;
import org.yaml.snakeyaml.LoaderOptions;

/**
 * A YAML factory that makes {@link StrictYamlParser}s, configured from {@link InputLimits}. Only
 * {@link #parserFor(int[])} is meant to be used: {@link YamlReader} decodes and checks the bytes
 * itself ({@link TextDecoder}), and the strict parser relies on that check.
 */
final class StrictYamlFactory extends YAMLFactory {

    private final int maxDepth;

    private StrictYamlFactory(YAMLFactoryBuilder builder, int maxDepth) {
        super(builder);
        this.maxDepth = maxDepth;
    }

    static StrictYamlFactory create(InputLimits limits) {
        int slack = saturatedAdd(limits.maxFileBytes(), 1);
        LoaderOptions options = new LoaderOptions();
        // The code point limit is the one the scanner checks. Nesting, aliases, recursive keys and
        // tags are checked by SnakeYAML's composer, which never runs here; set anyway as a backstop.
        options.setCodePointLimit(slack);
        options.setNestingDepthLimit(saturatedAdd(limits.maxDepth(), 1));
        options.setMaxAliasesForCollections(0);
        options.setAllowRecursiveKeys(false);
        options.setProcessComments(false);
        options.setTagInspector(tag -> false);
        // Our own checks (depth, scalar length, nodes) come first and give the better message;
        // these only make sure Jackson itself can never be pushed further.
        StreamReadConstraints constraints = StreamReadConstraints.builder()
                .maxNestingDepth(saturatedAdd(limits.maxDepth(), 1))
                .maxStringLength(slack)
                .maxNameLength(slack)
                .maxNumberLength(saturatedAdd(limits.maxScalarChars(), 1))
                .build();
        YAMLFactoryBuilder builder = YAMLFactory.builder().loaderOptions(options).streamReadConstraints(constraints);
        return new StrictYamlFactory(builder, limits.maxDepth());
    }

    /** A parser over {@code codePoints}, which {@link TextDecoder} has made and checked. */
    StrictYamlParser parserFor(int[] codePoints) {
        IOContext context = _createContext(_createContentReference(codePoints), false);
        return new StrictYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                codePoints, maxDepth);
    }

    /** Every text source of YAMLFactory (readers, strings, char arrays) ends here. */
    @Override
    protected StrictYamlParser _createParser(Reader reader, IOContext context) throws IOException {
        StringWriter text = new StringWriter();
        reader.transferTo(text);
        return new StrictYamlParser(context, _parserFeatures, _yamlParserFeatures, _loaderOptions, _objectCodec,
                text.toString().codePoints().toArray(), maxDepth);
    }

    private static int saturatedAdd(int value, int more) {
        return value > Integer.MAX_VALUE - more ? Integer.MAX_VALUE : value + more;
    }
}
