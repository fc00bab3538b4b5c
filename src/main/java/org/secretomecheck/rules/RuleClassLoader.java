package org.secretomecheck.rules;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
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
 * names that are no class. Drools' loader asks its three delegates in turn, and each miss costs
 * five {@link ClassNotFoundException}s, each with the stack trace of a deep compiler stack: about a
 * tenth of a cold run's time. This loader first looks for the class file as a resource, which
 * throws nothing, and for a class it defined or holds itself; when neither exists it throws one
 * exception without a stack trace instead. Any other request goes to Drools' loader unchanged.
 */
final class RuleClassLoader extends DynamicProjectClassLoader {

    static {
        registerAsParallelCapable();
    }

    /** Names of the classes given to this loader (defined, stored or written); never short-cut. */
    private final Set<String> held = ConcurrentHashMap.newKeySet();

    /** Names this loader has answered with a class: not looked up as resources again. */
    private final Set<String> found = ConcurrentHashMap.newKeySet();

    /** Set once the loader takes classes in bulk whose names it cannot see: no shortcut then. */
    private volatile boolean opaque;

    private RuleClassLoader(ClassLoader parent, ResourceProvider resources) {
        super(parent, resources);
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
     * the parent and the resource provider, all of which {@link #getResource} asks.
     */
    boolean absent(String name) {
        if (opaque || held.contains(name) || findLoadedClass(name) != null) {
            return false;
        }
        String path = name.replace('.', '/') + ".class";
        Map<String, byte[]> store = getStore();
        if (store != null && (store.containsKey(path) || store.containsKey(name))) {
            return false;
        }
        return getResource(path) == null;
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
