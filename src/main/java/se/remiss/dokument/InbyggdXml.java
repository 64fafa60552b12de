package se.remiss.dokument;

import java.io.IOException;
import java.net.URL;
import java.util.Collections;
import java.util.Enumeration;

/**
 * Runs a piece of rendering with the JDK's own XML implementations (JAXP, SAX). openhtmltopdf
 * and xmpbox ask {@code TransformerFactory.newInstance()} and its kin for every document (the XHTML
 * parse, the XMP of PDF/A mode), and each ask searches every jar on the class path for a
 * {@code META-INF/services} entry: in the test class path that finds Saxon, and the search plus
 * Saxon's start-up cost ~15 ms per document, a third of all rendering. Inside {@link #med} the
 * thread's context class loader hides those entries, so the lookup ends at once with the JDK's
 * built-in implementation – the one the packaged service uses anyway (it has no other on its class
 * path). Nothing else is hidden: classes and every other resource come from the usual loader.
 */
final class InbyggdXml {

    interface Arbete<T> {
        T kor() throws IOException;
    }

    private static volatile Doljare senaste;

    private InbyggdXml() {
    }

    static <T> T med(Arbete<T> arbete) throws IOException {
        Thread trad = Thread.currentThread();
        ClassLoader fore = trad.getContextClassLoader();
        trad.setContextClassLoader(doljare(fore != null ? fore : ClassLoader.getSystemClassLoader()));
        try {
            return arbete.kor();
        } finally {
            trad.setContextClassLoader(fore);
        }
    }

    private static Doljare doljare(ClassLoader foralder) {
        Doljare d = senaste;
        if (d == null || d.getParent() != foralder) {
            d = new Doljare(foralder);
            senaste = d;
        }
        return d;
    }

    /** The parent loader without the service entries of the XML APIs. */
    private static final class Doljare extends ClassLoader {

        static {
            registerAsParallelCapable();
        }

        Doljare(ClassLoader foralder) {
            super(foralder);
        }

        @Override
        public URL getResource(String namn) {
            return xmlTjanst(namn) ? null : super.getResource(namn);
        }

        @Override
        public Enumeration<URL> getResources(String namn) throws IOException {
            return xmlTjanst(namn) ? Collections.emptyEnumeration() : super.getResources(namn);
        }

        private static boolean xmlTjanst(String namn) {
            return namn.startsWith("META-INF/services/javax.xml.") || namn.startsWith("META-INF/services/org.xml.sax.")
                    || namn.startsWith("META-INF/services/org.w3c.dom.");
        }
    }
}
