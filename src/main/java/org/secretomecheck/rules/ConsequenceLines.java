package org.secretomecheck.rules;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.drools.base.rule.LineMappings;
import org.drools.compiler.builder.impl.KnowledgeBuilderImpl;
import org.drools.compiler.compiler.PackageRegistry;
import org.drools.compiler.compiler.RuleBuildError;
import org.kie.api.io.ResourceType;
import org.kie.internal.builder.CompositeKnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilder;
import org.kie.internal.builder.KnowledgeBuilderError;
import org.kie.internal.builder.KnowledgeBuilderFactory;
import org.kie.internal.io.ResourceFactory;
import org.kie.internal.jci.CompilationProblem;

/**
 * Where the Java compiler's errors in rule consequences are in the DRL. Drools reports a
 * consequence that does not compile at its rule, with the compiler's messages but not their lines;
 * its knowledge builder keeps them, as lines of the Java class it generated for the consequence,
 * and the offset of that class's lines from the DRL's. Asked only when a consequence does not
 * compile: it compiles the DRL a second time.
 */
final class ConsequenceLines {

    /** One error of the Java compiler, at its line of the DRL: in the consequence, or in the rule's one {@code eval}. */
    record Error(int line, String message, boolean inEval) {}

    private ConsequenceLines() {}

    /**
     * The errors of each consequence that does not compile, by {@link #key} of its rule (the
     * source and the line at which Drools reports the rule), in the compiler's order. Empty when
     * they cannot be placed: then each stays at its consequence.
     */
    static Map<String, List<Error>> of(List<DrlSource> sources) {
        Map<String, List<Error>> found = new HashMap<>();
        try {
            KnowledgeBuilder builder = KnowledgeBuilderFactory.newKnowledgeBuilder();
            CompositeKnowledgeBuilder batch = builder.batch();
            for (DrlSource source : sources) {
                batch.add(ResourceFactory.newByteArrayResource(source.text().getBytes(StandardCharsets.UTF_8))
                        .setSourcePath(DrlCompiler.MODULE_ROOT + source.kiePath()), ResourceType.DRL);
            }
            batch.build();
            for (KnowledgeBuilderError error : builder.getErrors()) {
                if (!(error instanceof RuleBuildError built) || !(built.getObject() instanceof CompilationProblem[] problems)
                        || built.getRule() == null || built.getRule().getResource() == null) {
                    continue;
                }
                DrlSource source = DrlCompiler.source(sources, built.getRule().getResource().getSourcePath());
                PackageRegistry registry = ((KnowledgeBuilderImpl) builder).getPackageRegistry(built.getRule().getPackageName());
                List<Error> placed = new ArrayList<>();
                for (CompilationProblem problem : problems) {
                    String className = problem.getFileName().replaceFirst("\\.java$", "").replace('/', '.');
                    LineMappings lines = registry == null ? null
                            : registry.getPackage().getDialectRuntimeRegistry().getLineMappings(className);
                    int start = source == null || lines == null ? 0 : codeStart(source, lines.getStartLine());
                    int line = start == 0 ? 0 : start + problem.getStartLine() - lines.getOffset() - PREAMBLE;
                    boolean inConsequence = start > 0 && line >= start && line <= lastCodeLine(source, start);
                    int eval = inConsequence || start == 0 ? 0 : onlyEval(source, built.getLine(), lines.getStartLine());
                    if (!inConsequence && eval == 0) {
                        placed = null; // not in the consequence's code, nor in one eval: the rule's errors stay together
                        break;
                    }
                    if (problem.isError()) {
                        placed.add(new Error(inConsequence ? line : eval, problem.getMessage(), !inConsequence));
                    }
                }
                if (placed != null && !placed.isEmpty()) {
                    found.put(key(sources, source, built.getLine()), placed);
                }
            }
        } catch (RuntimeException | LinkageError e) {
            return Map.of(); // the lines are a help: without them, the errors stay at the consequence
        }
        return found;
    }

    /**
     * The lines of the generated class before its consequence method's code (which begins on the
     * line after {@link LineMappings#getOffset()} lines): the method's signature and the two lines
     * that declare {@code kcontext} and {@code drools}.
     */
    private static final int PREAMBLE = 4;

    /**
     * The DRL line of the consequence's first code, whose text begins the method's code: the rest of
     * the {@code then} line at {@code thenLine} when it holds any, else the next line that does.
     */
    private static int codeStart(DrlSource source, int thenLine) {
        String[] lines = source.text().split("\\R", -1);
        for (int i = thenLine - 1; i >= 0 && i < lines.length; i++) {
            String code = i == thenLine - 1 ? lines[i].replaceFirst("^\\s*then\\b", "") : lines[i];
            if (!code.isBlank()) {
                return i + 1;
            }
        }
        return thenLine;
    }

    /**
     * The last line that may hold code of the consequence whose code starts on {@code start}: the
     * line of its {@code end} when code comes before it there, else the line before.
     */
    private static int lastCodeLine(DrlSource source, int start) {
        String[] lines = source.text().split("\\R", -1);
        for (int i = start - 1; i < lines.length; i++) {
            if (RuleBlocks.END.matcher(lines[i]).find()) {
                return lines[i].strip().equals("end") ? i : i + 1;
            }
        }
        return lines.length;
    }

    /**
     * The line of the one {@code eval} between the rule's first line and its {@code then}, whose
     * code the Java compiler compiles into the rule's class too; 0 when there is none or more than one.
     */
    private static int onlyEval(DrlSource source, int ruleLine, int thenLine) {
        String[] lines = ForbiddenCalls.withoutComments(source.text()).split("\\R", -1);
        int found = 0;
        for (int i = Math.max(0, ruleLine - 1); i < Math.min(thenLine, lines.length); i++) {
            if (DrlCompiler.EVAL.matcher(lines[i]).find()) {
                if (found > 0) {
                    return 0;
                }
                found = i + 1;
            }
        }
        return found;
    }

    /** The key of the rule that Drools reports at {@code line} of {@code source}. */
    static String key(List<DrlSource> sources, DrlSource source, int line) {
        return sources.indexOf(source) + ":" + line;
    }
}
