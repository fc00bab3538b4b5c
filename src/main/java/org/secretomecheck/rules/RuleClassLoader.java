package org.secretomecheck.rules;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import org.drools.wiring.api.ComponentsFactory;
import org.drools.wiring.api.ResourceProvider;
import org.drools.wiring.api.classloader.ProjectClassLoader;
import org.drools.wiring.dynamic.DynamicComponentsSupplier;
import org.drools.wiring.dynamic.DynamicProjectClassLoader;

/**
 * The class loader of every knowledge base: Drools' own, which answers a request for a class
 * that does not exist at once.
 *
 * <p>When Drools compiles a rule's conditions (MVEL, on their first use), MVEL asks for each name
 * in them, {@code $p} or {@code priming}, as a class in each imported package: about 1,900
 * names that are no class, most of them many times. Drools' loader asks its three delegates in
 * turn, and each first miss cost five {@link ClassNotFoundException}s, each with the stack trace
 * of a deep compiler stack: about 8% of a cold run. This loader first looks for the class in what
 * it holds itself, then for its class file (on the class path alone for the tool's packages:
 * see {@link #absent}), which throws nothing; when there is none it throws one
 * exception without a stack trace and remembers the name. Any other request goes to Drools'
 * loader unchanged.
 */
final class RuleClassLoader extends DynamicProjectClassLoader {

    /** Names of the classes given to this loader (defined, stored or written); never short-cut. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** Names this loader has answered with a class: not looked up as resources again. */
    private final Set<String> found = ConcurrentHashMap.newKeySet();

    /** Names found to be no class: MVEL asks for each many times. */
    private final Set<String> missing = ConcurrentHashMap.newKeySet();

    private final ResourceProvider resources;

    /** Set once the loader takes classes in bulk whose names it cannot see: no shortcut then. */
    private volatile boolean opaque;

    private volatile ClassLoader droolsLoader;

    private RuleClassLoader(ClassLoader parent, ResourceProvider resources) {
        super(parent, resources);
        this.resources = resources;
    }

    /** Makes every knowledge base created from now on use this loader. */
    static void install() {
        ComponentsFactory.setComponentsSupplier(new DynamicComponentsSupplier() {
            @Override
            public ProjectClassLoader createProjectClassLoader(ClassLoader parent, ResourceProvider resources) {
                return new RuleClassLoader(parent, resources);
            }
        });
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
        if (!found.contains(name) && absent(name)) {
            throw new Absent(name);
        }
        Class<?> type = super.loadClass(name, resolve);
        found.add(name);
        return type;
    }

    /**
     * True when no delegate of this loader can have the class {@code name}: Drools' own loader,
     * the parent and the resource provider. A name in a package of the JDK is looked up as a
     * resource, which only the module of that package is searched for. When the class path is the
     * only place left ({@link #onClassPathOnly}: the usual case), only the class path is searched.
     * Any other name is looked up as a resource (the JDK's loaders then look in each
     * of their modules, which is slow) and, when none is found, asked of the boot loader: a class
     * may have been appended there ({@code -Xbootclasspath/a}, or by an agent, whose instrumented
     * classes call its classes), where a resource lookup does not always see it, even in a package
     * of which the class path has other classes. Arrays and the JDK's proxy classes, which have no
     * class file, go to Drools' loader.
     */
    boolean absent(String name) {
        if (opaque || name.startsWith("[") || name.startsWith("jdk.proxy") || held.contains(name)) {
            return false; // arrays and the JDK's proxy classes have no class file: Drools' loader answers
        }
        String path = name.replace('.', '/') + ".class";
        Map<String, byte[]> store = getStore(); // asked every time: Drools may fill it directly
        if (store != null && store.containsKey(path)) {
            return false;
        }
        if (missing.contains(name)) {
            return true;
        }
        if (findLoadedClass(name) != null) {
            return false;
        }
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        // The parent's answer includes the classes it made at run time (a proxy), which have no class file.
        boolean none = JdkPackages.NAMES.contains(pkg) ? getResource(path) == null
                : Class.forName(getParent().getUnnamedModule(), name) == null
                        && (onClassPathOnly(name, pkg) || getResource(path) == null && !bootLoaderHas(name));
        if (none) {
            missing.add(name);
        }
        return none;
    }

    /**
     * True when both loaders are the application's and {@code name} is in a package that nothing
     * appends to the boot class path: the tool's own (the bundled rules' too), the unnamed package
     * (which no class in a package can name in its source) and the {@code java} namespace (which
     * only the JDK may define; MVEL asks for names such as {@code java.lang} and
     * {@code java$lang$p} too). Site rules' packages are not among them: Drools defines their
     * classes in a child loader, so they take the slower path.
     */
    private boolean onClassPathOnly(String name, String pkg) {
        ClassLoader application = ClassLoader.getSystemClassLoader();
        return resources == null && getParent() == application && (droolsLoader == null || droolsLoader == application)
                && (name.startsWith(OWN) || pkg.isEmpty() || pkg.equals("java") || pkg.startsWith("java."));
    }

    /**
     * True when the boot loader has the class {@code name}. Java offers no way to ask it that does
     * not throw when it has none: one exception, against the five of Drools' loader.
     */
    private static boolean bootLoaderHas(String name) {
        try {
            Class.forName(name, false, null);
            return true;
        } catch (ClassNotFoundException e) {
            return false;
        } catch (LinkageError e) {
            return true; // a class file is there; Drools' loader reports what is wrong with it
        }
    }

    /** The root package of the tool and of the bundled rules, which are on the class path only. */
    private static final String OWN = "org.secretomecheck";

    @Override
    public void setDroolsClassLoader(ClassLoader loader) {
        droolsLoader = loader;
        super.setDroolsClassLoader(loader);
    }

    @Override
    public Class<?> defineClass(String name, byte[] bytecode) {
        held.add(name);
        return super.defineClass(name, bytecode);
    }

    @Override
    public synchronized Class<?> defineClass(String name, String resourceName, byte[] bytecode) {
        held.add(name);
        return super.defineClass(name, resourceName, bytecode);
    }

    @Override
    public Class<?> writeClass(String name, byte[] bytecode) {
        held.add(name);
        return super.writeClass(name, bytecode);
    }

    @Override
    public void storeClass(String name, String resourceName, byte[] bytecode) {
        held.add(name);
        super.storeClass(name, resourceName, bytecode);
    }

    @Override
    public void initFrom(ProjectClassLoader other) {
        opaque = true;
        super.initFrom(other);
    }

    @Override
    public void setInternalClassLoader(InternalTypesClassLoader loader) {
        opaque = true;
        super.setInternalClassLoader(loader);
    }

    /** The packages of the modules the JVM started with (the JDK's): a class there is not on the class path. */
    private static final class JdkPackages {
        static final Set<String> NAMES = ModuleLayer.boot().modules().stream()
                .flatMap(module -> module.getPackages().stream())
                .collect(Collectors.toUnmodifiableSet());
    }

    /** The answer for a class that does not exist: cheap, as no one reads its stack trace. */
    private static final class Absent extends ClassNotFoundException {
        private static final long serialVersionUID = 1L;

        Absent(String name) {
            super(name);
        }

        @Override
        public synchronized Throwable fillInStackTrace() {
            return this;
        }
    }
}
