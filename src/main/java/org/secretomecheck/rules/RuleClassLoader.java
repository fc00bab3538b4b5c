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
 * it holds itself, then for its class file (on the class path alone when the name is outside the
 * JDK's packages), which throws nothing; when there is none it throws one exception without a
 * stack trace and remembers the name. Any other request goes to Drools' loader unchanged.
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
     * the parent and the resource provider, all of which {@link #getResource} asks. When the
     * class path is the only place left (the usual case: both loaders are the application's and
     * the name is in no package of the JDK), only the class path is searched: the JDK's loaders
     * would otherwise look for it in each of their modules, which is slow. A class appended to the
     * boot class path ({@code -Xbootclasspath/a}, an agent's {@code Boot-Class-Path}) is therefore
     * not seen by rules: Java 17 offers no cheap way to know that something was appended there,
     * and a rule that names such a class fails to compile. Arrays and the JDK's proxy classes,
     * which have no class file, go to Drools' loader.
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
        boolean none = onClassPathOnly(name)
                ? Class.forName(getParent().getUnnamedModule(), name) == null
                : getResource(path) == null;
        if (none) {
            missing.add(name);
        }
        return none;
    }

    private boolean onClassPathOnly(String name) {
        ClassLoader application = ClassLoader.getSystemClassLoader();
        int dot = name.lastIndexOf('.');
        String pkg = dot < 0 ? "" : name.substring(0, dot);
        return resources == null && getParent() == application && (droolsLoader == null || droolsLoader == application)
                && !JdkPackages.NAMES.contains(pkg);
    }

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
