package org.secretomecheck.rules;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.kie.api.KieBase;
import org.kie.api.KieServices;
import org.kie.api.builder.KieBuilder;
import org.kie.api.builder.KieFileSystem;
import org.kie.api.builder.Message;
import org.kie.api.builder.ReleaseId;

/** Compiles DRL sources with Drools and turns build errors into {@code file:line:column} messages. */
final class DrlCompiler {

    /** Where the sources sit inside the in-memory KIE module. */
    static final String MODULE_ROOT = "src/main/resources/rules/";

    private static int builds;

    private DrlCompiler() {}

    static KieBase compile(Path directory, Map<String, String> sources) throws RuleBookException {
        List<String> clashes = metadataClashes(directory, sources);
        if (!clashes.isEmpty()) {
            throw new RuleBookException(clashes);
        }
        KieServices services = KieServices.Factory.get();
        KieFileSystem files = services.newKieFileSystem();
        ReleaseId release = services.newReleaseId("org.secretomecheck", "rules-" + nextBuild(), "1.0.0");
        files.generateAndWritePomXML(release);
        sources.forEach((path, text) -> files.write(MODULE_ROOT + path, text));
        KieBuilder builder = services.newKieBuilder(files).buildAll();
        List<String> errors = new ArrayList<>();
        for (Message message : builder.getResults().getMessages(Message.Level.ERROR)) {
            errors.add(describe(directory, message));
        }
        if (!errors.isEmpty()) {
            throw new RuleBookException(errors);
        }
        return services.newKieContainer(release).getKieBase();
    }

    /**
     * Drools reads rule metadata names as type names as well: {@code @profile(...)} on a rule hides
     * the fact type {@code Profile}. Name such clashes before Drools gives a puzzling error.
     */
    private static List<String> metadataClashes(Path directory, Map<String, String> sources) {
        List<String> clashes = new ArrayList<>();
        Pattern metadata = Pattern.compile("@(source|profile|context|protocol)\\s*\\(");
        sources.forEach((path, text) -> {
            String[] lines = text.split("\\R", -1);
            for (int i = 0; i < lines.length; i++) {
                Matcher matcher = metadata.matcher(lines[i]);
                if (matcher.find()) {
                    clashes.add(directory.resolve(path) + ":" + (i + 1) + ":" + (matcher.start() + 1) + ": metadata @"
                            + matcher.group(1) + " clashes with a fact type in Drools; write @"
                            + (matcher.group(1).equals("source") ? "sources" : matcher.group(1).equals("profile")
                                    ? "thresholds" : matcher.group(1) + "Info") + " instead");
                }
            }
        });
        return clashes;
    }

    private static synchronized int nextBuild() {
        return ++builds;
    }

    private static String describe(Path directory, Message message) {
        String path = message.getPath() == null ? "" : message.getPath();
        for (String prefix : new String[] {MODULE_ROOT, "rules/"}) {
            if (path.startsWith(prefix)) {
                path = path.substring(prefix.length());
            }
        }
        String file = path.isEmpty() ? directory.toString() : directory.resolve(path).toString();
        String where = message.getLine() > 0 ? file + ":" + message.getLine() + ":" + Math.max(1, message.getColumn()) : file;
        return where + ": " + message.getText().strip().replaceAll("\\s+", " ");
    }
}
