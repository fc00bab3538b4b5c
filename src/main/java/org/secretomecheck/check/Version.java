package org.secretomecheck.check;

import java.io.IOException;
import java.io.InputStream;
import java.util.Properties;

/** The tool version, written into the jar by the build. */
final class Version {

    private Version() {}

    static String current() {
        try (InputStream in = Version.class.getResourceAsStream("/secretome-check.properties")) {
            Properties properties = new Properties();
            if (in != null) {
                properties.load(in);
            }
            return properties.getProperty("version", "dev");
        } catch (IOException e) {
            return "dev";
        }
    }
}
