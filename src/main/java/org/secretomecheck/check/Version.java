package org.secretomecheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version and the SHA-256 of its code ({@link CodeDigest}), written among the classes by the build. */
final class Version {

    private static final Properties BUILD = read();

    private Version() {}

    static String current() {
        return BUILD.getProperty("version", "dev");
    }

    /** The SHA-256 of the tool's code, or null when the classes were not built by Maven. */
    static String code() {
        return BUILD.getProperty(CodeDigest.PROPERTY);
    }

    private static Properties read() {
        Properties properties = new Properties();
        try (InputStream in = Version.class.getResourceAsStream("/secretome-check.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            // no properties: a version of "dev" and no code digest say so
        }
        return properties;
    }
}
