package org.profmonitor.core.indicators;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleException;
import org.osgi.framework.Constants;
import org.osgi.framework.FrameworkEvent;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.wiring.FrameworkWiring;

/**
 * Region bundles made on the fly: a manifest, a plugin.xml contributing to
 * {@code org.profmonitor.core.indicatorSets} and data files, installed into the running framework
 * and uninstalled again, so that the registry meets real contributions, broken ones included.
 */
final class TestBundles implements AutoCloseable {

    static final String SET_ID = "test-good";
    static final String SET_TITLE = "Тестовый набор показателей";

    private final List<Bundle> installed = new ArrayList<>();

    /** An indicator set with two counts, a flag and one indicator of the given formula. */
    static String indicatorSet(String setId, String formula) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <pm:IndicatorSet xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:pm="http://www.profmonitor.org/model/1.0" \
                id="%s" regionCode="TST" title="%s" version="2022/23">
                  <regulation title="Положение о мониторинге" issuer="Министерство образования Тестовой области" number="17/ПК" date="2022-12-30"/>
                  <criteria code="K1" name="Поступление">
                    <indicators code="I1" name="Доля поступивших" unit="%%" direction="HIGHER_IS_BETTER" formula="%s">
                      <targets kind="VALUE" value="50.0"/>
                    </indicators>
                  </criteria>
                  <dataElements code="GRADS" name="Выпускники" type="COUNT" min="0.0"/>
                  <dataElements code="ADMITTED" name="Поступившие" type="COUNT" min="0.0" whole="GRADS"/>
                  <dataElements code="PLAN" name="Работа по плану" type="FLAG" min="0.0" max="1.0"/>
                </pm:IndicatorSet>
                """.formatted(setId, SET_TITLE, formula);
    }

    static String directory() {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <pm:Directory xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:pm="http://www.profmonitor.org/model/1.0">
                  <region code="TST" name="Тестовая область"/>
                  <municipalities code="TST-A" name="Первый район" kind="DISTRICT">
                    <organisations code="TST-A-01" name="МОУ СОШ №1" kind="SECONDARY_SCHOOL"/>
                    <organisations code="TST-A-02" name="МОУ СОШ №2" kind="SECONDARY_SCHOOL"/>
                  </municipalities>
                </pm:Directory>
                """;
    }

    static String campaign(String id, String year, String setId) {
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <pm:Campaign xmi:version="2.0" xmlns:xmi="http://www.omg.org/XMI" xmlns:pm="http://www.profmonitor.org/model/1.0" \
                id="%s" academicYear="%s">
                  <indicatorSet href="../indicators.xmi#%s"/>
                </pm:Campaign>
                """.formatted(id, year, setId);
    }

    /** The plugin.xml of one set, with demo campaigns given as {id, file, values} triples. */
    static String pluginXml(String contributionId, String file, String directory, String[]... demos) {
        StringBuilder campaigns = new StringBuilder();
        for (String[] demo : demos) {
            campaigns.append("      <demoCampaign id=\"%s\" file=\"%s\" values=\"%s\"/>\n".formatted(demo[0], demo[1], demo[2]));
        }
        return """
                <?xml version="1.0" encoding="UTF-8"?>
                <?eclipse version="3.4"?>
                <plugin>
                   <extension point="org.profmonitor.core.indicatorSets">
                      <indicatorSet id="%s" file="%s" directory="%s">
                %s      </indicatorSet>
                   </extension>
                </plugin>
                """.formatted(contributionId, file, directory, campaigns);
    }

    /**
     * Builds, installs and resolves a bundle; its plugin.xml is then in the extension registry.
     *
     * @param files bundle path → text (UTF-8), plugin.xml included
     */
    Bundle install(String symbolicName, Map<String, String> files) throws IOException, BundleException {
        BundleContext context = context();
        Bundle bundle = context.installBundle("profmonitor-test:" + symbolicName,
                new ByteArrayInputStream(jar(symbolicName, files)));
        installed.add(bundle);
        bundle.start();
        return bundle;
    }

    /** Uninstalls the bundles and refreshes, so that their contributions leave the registry. */
    @Override
    public void close() throws BundleException, InterruptedException {
        for (Bundle bundle : installed) {
            if (bundle.getState() != Bundle.UNINSTALLED) {
                bundle.uninstall();
            }
        }
        CountDownLatch refreshed = new CountDownLatch(1);
        FrameworkWiring wiring = context().getBundle(Constants.SYSTEM_BUNDLE_LOCATION).adapt(FrameworkWiring.class);
        wiring.refreshBundles(installed, event -> {
            if (event.getType() == FrameworkEvent.PACKAGES_REFRESHED) {
                refreshed.countDown();
            }
        });
        refreshed.await(30, TimeUnit.SECONDS);
        installed.clear();
    }

    static Map<String, String> files(String... pathsAndTexts) {
        Map<String, String> files = new LinkedHashMap<>();
        for (int i = 0; i < pathsAndTexts.length; i += 2) {
            files.put(pathsAndTexts[i], pathsAndTexts[i + 1]);
        }
        return files;
    }

    private static BundleContext context() throws BundleException {
        Bundle core = FrameworkUtil.getBundle(IndicatorSetRegistry.class);
        if (core.getBundleContext() == null) {
            core.start(Bundle.START_TRANSIENT);
        }
        return core.getBundleContext();
    }

    private static byte[] jar(String symbolicName, Map<String, String> files) throws IOException {
        Manifest manifest = new Manifest();
        Attributes main = manifest.getMainAttributes();
        main.put(Attributes.Name.MANIFEST_VERSION, "1.0");
        main.putValue(Constants.BUNDLE_MANIFESTVERSION, "2");
        // Like the region bundles: only singletons may contribute to extension points.
        main.putValue(Constants.BUNDLE_SYMBOLICNAME, symbolicName + ";singleton:=true");
        main.putValue(Constants.BUNDLE_VERSION, "1.0.0");
        main.putValue(Constants.REQUIRE_BUNDLE, "org.profmonitor.core");
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JarOutputStream jar = new JarOutputStream(bytes, manifest)) {
            for (Map.Entry<String, String> file : files.entrySet()) {
                jar.putNextEntry(new JarEntry(file.getKey()));
                jar.write(file.getValue().getBytes(StandardCharsets.UTF_8));
                jar.closeEntry();
            }
        }
        return bytes.toByteArray();
    }
}
