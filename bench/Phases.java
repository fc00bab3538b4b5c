import com.sun.management.OperatingSystemMXBean;
import java.io.StringWriter;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.stream.Stream;
import org.secretomecheck.check.Checker;
import org.secretomecheck.finding.ProtocolResult;
import org.secretomecheck.load.InputLimits;
import org.secretomecheck.load.ReadResult;
import org.secretomecheck.load.YamlReader;
import org.secretomecheck.profile.LoadedProfile;
import org.secretomecheck.profile.ProfileLoader;
import org.secretomecheck.report.TextRenderer;
import org.secretomecheck.rules.Catalogue;
import org.secretomecheck.rules.RuleBook;
import org.secretomecheck.validate.ProtocolValidator;

/**
 * Where the time goes: runs the steps of {@code check} one by one in a single JVM, through the
 * tool's own classes, and prints wall time, process CPU time (all threads: JIT and GC included)
 * and the number of loaded classes for each step. Diagnostic only: it uses internal APIs, so it
 * may need adapting when they change; bench/run.sh then skips it with a warning.
 *
 * <pre>java -cp JAR:bench/work/classes Phases ONE.yaml CORPUS_DIR [YYYY-MM-DD [MAX_FILES]]</pre>
 *
 * Part 1 is what (a) pays: JVM start, rule compilation, profile, validator bootstrap, and the
 * first protocol split into read (strict YAML), validate (shape + Hibernate Validator) and judge
 * (Drools session, completeness, key parameters). Part 2 is what (b) pays per protocol once
 * warm, with the same split, and the final text report.
 */
public final class Phases {

    static final OperatingSystemMXBean OS = (OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
    static long lastWall = System.nanoTime();
    static long lastCpu = OS.getProcessCpuTime();

    static void line(String step, double wallMs, double cpuMs, String extra) {
        System.out.printf(Locale.ROOT, "  %-52s %9.0f %9.0f  %s%n", step, wallMs, cpuMs, extra);
    }

    static <T> T phase(String step, Callable<T> body) throws Exception {
        long w0 = System.nanoTime();
        long c0 = OS.getProcessCpuTime();
        T value = body.call();
        long w1 = System.nanoTime();
        long c1 = OS.getProcessCpuTime();
        line(step, (w1 - w0) / 1e6, (c1 - c0) / 1e6,
                "classes " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        lastWall = w1;
        lastCpu = c1;
        return value;
    }

    public static void main(String[] args) throws Exception {
        if (args.length < 2) {
            System.err.println("usage: Phases ONE.yaml CORPUS_DIR [YYYY-MM-DD [MAX_FILES]]");
            System.exit(2);
        }
        Path one = Path.of(args[0]);
        Path corpus = Path.of(args[1]);
        LocalDate asOf = LocalDate.parse(args.length > 2 ? args[2] : "2025-06-01");
        long max = args.length > 3 ? Long.parseLong(args[3]) : Long.MAX_VALUE;

        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        System.out.printf("Part 1: one protocol, cold (%s)%n", one);
        System.out.printf("  %-52s %9s %9s%n", "step", "wall ms", "cpu ms");
        line("JVM start to main (uptime at main)", uptime, OS.getProcessCpuTime() / 1e6,
                "classes " + ManagementFactory.getClassLoadingMXBean().getTotalLoadedClassCount());
        System.setProperty("org.jboss.logging.provider", "slf4j");

        RuleBook book = phase("rule book: bundled rules, precompiled", () -> RuleBook.load(RuleBook.bundledDirectory(), List.of()));
        LoadedProfile profile = phase("default profile", () -> new ProfileLoader().loadDefault());
        Set<String> waivable = new HashSet<>(Catalogue.ids());
        waivable.addAll(book.ids());
        ProtocolValidator validator = phase("validator bootstrap (Hibernate Validator)", () -> new ProtocolValidator(waivable));
        Checker checker = phase("checker (judge, second validator)", () -> new Checker(book, profile, asOf, InputLimits.DEFAULT));
        YamlReader reader = new YamlReader(InputLimits.DEFAULT);

        byte[] bytes = phase("first file: read bytes", () -> Files.readAllBytes(one));
        ReadResult read = phase("first file: strict YAML read", () -> reader.read(one.toString(), bytes));
        phase("first file: validate (shape + bean validation)", () -> validator.validate(read.document(), read.nonStringKeys()));
        ProtocolResult first = phase("first file: check (validate again + judge + score)", () -> checker.check(one.toString(), "", read));
        phase("first file: text report", () -> {
            StringWriter out = new StringWriter();
            new TextRenderer(false).render(checker.report(List.of(first)), out);
            return out.getBuffer().length();
        });
        System.out.printf(Locale.ROOT, "  %-52s %9.0f %9.0f%n", "total (uptime, process CPU)",
                (double) ManagementFactory.getRuntimeMXBean().getUptime(), OS.getProcessCpuTime() / 1e6);
        threadSplit();

        List<Path> files = new ArrayList<>();
        try (Stream<Path> walk = Files.walk(corpus)) {
            walk.filter(Files::isRegularFile).filter(f -> f.toString().endsWith(".yaml") || f.toString().endsWith(".yml"))
                    .sorted().limit(max).forEach(files::add);
        }
        System.out.printf("%nPart 2: the corpus in the same JVM (%d files of %s), per protocol%n", files.size(), corpus);
        long[] ioN = new long[2];
        long[] readN = new long[2];
        long[] validateN = new long[2];
        long[] checkN = new long[2];
        long[] cpuN = new long[2];
        int[] count = new int[2];
        int warm = Math.min(500, files.size() / 5);
        List<ProtocolResult> results = new ArrayList<>();
        int notChecked = 0;
        long gcBefore = gcMillis();
        long compileBefore = ManagementFactory.getCompilationMXBean().getTotalCompilationTime();
        long start = System.nanoTime();
        for (int i = 0; i < files.size(); i++) {
            int bucket = i < warm ? 0 : 1;
            Path file = files.get(i);
            long c0 = OS.getProcessCpuTime();
            long t0 = System.nanoTime();
            byte[] content = Files.readAllBytes(file);
            long t1 = System.nanoTime();
            ReadResult rr = reader.read(file.toString(), content);
            long t2 = System.nanoTime();
            validator.validate(rr.document(), rr.nonStringKeys());
            long t3 = System.nanoTime();
            ProtocolResult result = checker.check(file.toString(), "", rr);
            long t4 = System.nanoTime();
            cpuN[bucket] += OS.getProcessCpuTime() - c0;
            ioN[bucket] += t1 - t0;
            readN[bucket] += t2 - t1;
            validateN[bucket] += t3 - t2;
            checkN[bucket] += t4 - t3;
            count[bucket]++;
            if (!result.isChecked()) {
                notChecked++;
            }
            results.add(result);
        }
        double loopMs = (System.nanoTime() - start) / 1e6;
        System.out.printf("  %-40s %10s %10s %10s %10s %10s %10s%n", "", "io us", "yaml us", "valid. us", "judge us", "wall us", "cpu us");
        String[] names = {"first " + warm + " files (warm-up)", "remaining " + count[1] + " files"};
        for (int b = 0; b < 2; b++) {
            if (count[b] == 0) {
                continue;
            }
            double n = count[b] * 1e3;
            double validate = validateN[b] / n;
            double judge = (checkN[b] - validateN[b]) / n; // check() validates again, then judges
            System.out.printf(Locale.ROOT, "  %-40s %10.0f %10.0f %10.0f %10.0f %10.0f %10.0f%n", names[b], ioN[b] / n, readN[b] / n,
                    validate, judge, (ioN[b] + readN[b] + checkN[b]) / n, cpuN[b] / n);
        }
        System.out.printf(Locale.ROOT, "  loop: %.0f ms wall (validation counted once: %.0f ms), GC %d ms, JIT %d ms, not checked: %d%n",
                loopMs, loopMs - (validateN[0] + validateN[1]) / 1e6, gcMillis() - gcBefore,
                ManagementFactory.getCompilationMXBean().getTotalCompilationTime() - compileBefore, notChecked);
        phase("text report of the whole corpus", () -> {
            StringWriter out = new StringWriter();
            new TextRenderer(false).render(checker.report(results), out);
            return out.getBuffer().length();
        });
        threadSplit();
        Runtime rt = Runtime.getRuntime();
        System.out.printf(Locale.ROOT, "  heap in use at the end: %.0f MiB (committed %.0f MiB, max %.0f MiB)%n",
                (rt.totalMemory() - rt.freeMemory()) / 1048576.0, rt.totalMemory() / 1048576.0, rt.maxMemory() / 1048576.0);
    }

    /** Process CPU split into the main thread, other live Java threads, and the rest (JIT compilers, GC, VM threads). */
    static void threadSplit() {
        java.lang.management.ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long main = threads.getCurrentThreadCpuTime();
        long java = 0;
        for (long id : threads.getAllThreadIds()) {
            java += Math.max(0, threads.getThreadCpuTime(id));
        }
        long process = OS.getProcessCpuTime();
        System.out.printf(Locale.ROOT, "  process CPU so far %.0f ms: main thread %.0f ms, other Java threads %.0f ms,"
                + " JIT compiler + GC + VM threads %.0f ms, JIT compile time so far %d ms%n", process / 1e6, main / 1e6,
                (java - main) / 1e6, (process - java) / 1e6, ManagementFactory.getCompilationMXBean().getTotalCompilationTime());
    }

    static long gcMillis() {
        long total = 0;
        for (GarbageCollectorMXBean gc : ManagementFactory.getGarbageCollectorMXBeans()) {
            total += Math.max(0, gc.getCollectionTime());
        }
        return total;
    }
}
