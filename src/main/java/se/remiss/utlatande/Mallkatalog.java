package se.remiss.utlatande;

import io.quarkus.qute.Engine;
import io.quarkus.qute.HtmlEscaper;
import io.quarkus.qute.ReflectionValueResolver;
import io.quarkus.qute.SectionNode;
import io.quarkus.qute.Template;
import io.quarkus.qute.TemplateException;
import io.quarkus.qute.TemplateLocator;
import io.quarkus.qute.TemplateNode;
import io.quarkus.qute.ValueResolvers;
import io.quarkus.qute.Variant;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * The document templates of one folder (templates/): {@code <namn>.html} is a template, a file whose
 * name starts with "_" is a part other templates include, {@code .css} files are their print styles.
 *
 * <p>Read at run time so an administrator can change wording without a rebuild: every use compares
 * the folder's contents (names, times and a checksum) with what was loaded and loads it all again
 * when anything changed. A template that does not parse, or fails when tried against a made-up case,
 * is kept with its error and line for the administrator instead of breaking a page.
 *
 * <p>The Qute engine here is separate from the application's: HTML-escaping for every value, strict
 * rendering (an unknown name is an error with its line), no {@code {#eval}}, no {@code .raw}.
 */
public final class Mallkatalog {

    /** What is wrong with a template and where; {@code rad} 0 when no line is known. */
    public record Mallfel(String fil, int rad, String meddelande) {
        public String text() {
            return (rad > 0 ? "Rad " + rad + " i " + fil : fil) + ": " + meddelande;
        }
    }

    /**
     * One template file. {@code template} is null when it is broken; then {@code fel} says why.
     * {@code arendetyper} empty: offered for every kind of case.
     */
    public record Mall(String namn, String fil, String rubrik, Set<String> arendetyper, Template template, Mallfel fel,
            Instant andrad) {
        public boolean fungerar() {
            return fel == null;
        }

        public boolean passar(String arendetyp) {
            return arendetyper.isEmpty() || arendetyper.contains(arendetyp);
        }

        /** The kinds of case as the registry names them ("Remiss (inkommen)"); unknown codes as written. */
        public List<String> arendetypsnamn() {
            return arendetyper.stream().map(t -> java.util.Arrays.stream(se.remiss.diarium.ArendeTyp.values())
                    .filter(a -> a.name().equals(t)).map(a -> a.etikett).findFirst().orElse(t)).sorted().toList();
        }
    }

    private record Laddning(String avtryck, Map<String, Mall> mallar, Map<String, Mallfel> kortidsfel) {
    }

    private static final Pattern RAD = Pattern.compile("(?i)line (\\d+)");
    private static final Pattern NAMN = Pattern.compile("[a-z0-9][a-z0-9-]{0,59}");
    private static final Variant HTML = new Variant(Locale.forLanguageTag("sv-SE"), StandardCharsets.UTF_8, Variant.TEXT_HTML);

    private final Path katalog;
    private final Consumer<Template> provning;
    private volatile Laddning laddning;

    /** {@code provning} renders a freshly parsed template against a made-up case and throws on failure. */
    public Mallkatalog(Path katalog, Consumer<Template> provning) {
        this.katalog = katalog;
        this.provning = provning;
    }

    public Path katalog() {
        return katalog;
    }

    /** Every template (parts excluded), by name. */
    public List<Mall> alla() {
        return List.copyOf(aktuell().mallar().values());
    }

    public Optional<Mall> mall(String namn) {
        return Optional.ofNullable(namn == null ? null : aktuell().mallar().get(namn));
    }

    /** A failure while rendering a real case: shown to the administrator until the folder changes. */
    public void rapportera(String namn, Mallfel fel) {
        aktuell().kortidsfel().put(namn, fel);
    }

    /** The last failure with a real case, if any since the template was last changed. */
    public Optional<Mallfel> senasteKortidsfel(String namn) {
        return Optional.ofNullable(aktuell().kortidsfel().get(namn));
    }

    /** Names of the files in the folder (templates, parts and styles). */
    public List<String> filer() {
        try (Stream<Path> filer = Files.list(katalog)) {
            return filer.filter(Files::isRegularFile).map(f -> f.getFileName().toString()).sorted().toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    private Laddning aktuell() {
        String avtryck = avtryck();
        Laddning l = laddning;
        if (l != null && l.avtryck().equals(avtryck)) {
            return l;
        }
        synchronized (this) {
            if (laddning == null || !laddning.avtryck().equals(avtryck)) {
                laddning = ladda(avtryck);
            }
            return laddning;
        }
    }

    /** Names, sizes, modification times and contents of the folder's files, condensed. */
    private String avtryck() {
        StringBuilder sb = new StringBuilder();
        for (String fil : filer()) {
            Path p = katalog.resolve(fil);
            try {
                CRC32 crc = new CRC32();
                crc.update(Files.readAllBytes(p));
                sb.append(fil).append(':').append(Files.getLastModifiedTime(p).toMillis()).append(':')
                        .append(crc.getValue()).append(';');
            } catch (IOException e) {
                sb.append(fil).append(":?;"); // being replaced right now: the next use sees it whole
            }
        }
        return sb.toString();
    }

    private Laddning ladda(String avtryck) {
        Engine engine = motor();
        Map<String, Mall> mallar = new LinkedHashMap<>();
        for (String fil : filer()) {
            if (!fil.endsWith(".html") || fil.startsWith("_")) {
                continue;
            }
            String namn = fil.substring(0, fil.length() - ".html".length());
            Instant andrad = andrad(fil);
            if (!NAMN.matcher(namn).matches()) {
                mallar.put(namn, new Mall(namn, fil, namn, Set.of(), null, new Mallfel(fil, 0,
                        "Filnamnet ska vara små bokstäver a–z, siffror och bindestreck, t.ex. remissvar.html."), andrad));
                continue;
            }
            mallar.put(namn, las(engine, namn, fil, andrad));
        }
        return new Laddning(avtryck, mallar, new ConcurrentHashMap<>());
    }

    private Mall las(Engine engine, String namn, String fil, Instant andrad) {
        Template template;
        try {
            template = engine.getTemplate(namn);
        } catch (RuntimeException e) {
            return new Mall(namn, fil, namn, Set.of(), null, fel(e, fil), andrad);
        }
        Map<String, String> meta = metadata(template);
        String rubrik = meta.getOrDefault("namn", "").isBlank() ? namn : meta.get("namn");
        Set<String> typer = new HashSet<>();
        for (String typ : meta.getOrDefault("arenden", "").split(",")) {
            if (!typ.isBlank()) {
                typer.add(typ.strip().toUpperCase(Locale.ROOT));
            }
        }
        Mallfel fel = dubblettnycklar(template, fil);
        if (fel == null) {
            try {
                provning.accept(template);
            } catch (RuntimeException e) {
                fel = fel(e, fil);
            }
        }
        return new Mall(namn, fil, rubrik, Set.copyOf(typer), fel == null ? template : null, fel, andrad);
    }

    private static Map<String, String> metadata(Template template) {
        Map<String, String> meta = new LinkedHashMap<>();
        for (TemplateNode n : template.findNodes(n -> n.isSection() && "mall".equals(n.asSection().getName()))) {
            n.asSection().getBlocks().get(0).parameters
                    .forEach((k, v) -> meta.put(k, AvsnittHelper.utanCitat(v)));
        }
        return meta;
    }

    /** Two sections with one key would share one text: refused, naming the second. */
    private static Mallfel dubblettnycklar(Template template, String fil) {
        Set<String> sedda = new HashSet<>();
        for (TemplateNode n : template.findNodes(n -> n.isSection() && "avsnitt".equals(n.asSection().getName()))) {
            SectionNode s = n.asSection();
            String nyckel = AvsnittHelper.utanCitat(s.getBlocks().get(0).parameters.get("nyckel"));
            if (!sedda.add(nyckel)) {
                return new Mallfel(fil, s.getOrigin().getLine(),
                        "avsnittet " + nyckel + " finns två gånger; varje avsnitt behöver en egen nyckel.");
            }
        }
        return null;
    }

    /** The error and its line from whatever Qute threw (possibly wrapped). */
    public static Mallfel fel(Throwable e, String standardfil) {
        // Qute wraps: the useful exception is the innermost one with an origin (or at least a message).
        TemplateException basta = null;
        String meddelande = null;
        for (Throwable t = e; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (t instanceof TemplateException te && (basta == null || te.getOrigin() != null)) {
                basta = te;
            }
            if (t.getMessage() != null && !t.getMessage().isBlank()) {
                meddelande = t.getMessage();
            }
            if (t.getCause() == null) {
                break;
            }
        }
        if (basta != null && basta.getMessage() != null) {
            meddelande = basta.getMessage();
        }
        if (meddelande == null) {
            meddelande = e.toString();
        }
        int rad = 0;
        String fil = standardfil;
        if (basta != null && basta.getOrigin() != null) {
            rad = basta.getOrigin().getLine();
            String id = basta.getOrigin().getTemplateId();
            if (id != null && !id.isBlank() && !id.contains(" ") && !id.startsWith("<")) {
                fil = id.endsWith(".html") ? id : id + ".html";
            }
        }
        if (rad == 0) {
            Matcher m = RAD.matcher(meddelande);
            if (m.find()) {
                rad = Integer.parseInt(m.group(1));
            }
        }
        return new Mallfel(fil, rad, meddelande);
    }

    private Instant andrad(String fil) {
        try {
            return Files.getLastModifiedTime(katalog.resolve(fil)).toInstant();
        } catch (IOException e) {
            return null;
        }
    }

    private Engine motor() {
        return Engine.builder()
                .addDefaultSectionHelpers()
                .addSectionHelper(new AvsnittHelper.Factory())
                .addSectionHelper(new MallHelper.Factory())
                .addSectionHelper("eval", new MallHelper.EvalForbjuden())
                // The default value resolvers except rawResolver(): nothing may print a value unescaped.
                .addValueResolvers(ValueResolvers.mapperResolver(), ValueResolvers.mapEntryResolver(),
                        ValueResolvers.collectionResolver(), ValueResolvers.listResolver(), ValueResolvers.thisResolver(),
                        ValueResolvers.orResolver(), ValueResolvers.trueResolver(), ValueResolvers.logicalAndResolver(),
                        ValueResolvers.logicalOrResolver(), ValueResolvers.orEmpty(), ValueResolvers.arrayResolver(),
                        ValueResolvers.plusResolver(), ValueResolvers.minusResolver(), ValueResolvers.modResolver(),
                        ValueResolvers.numberValueResolver(), ValueResolvers.equalsResolver(), ValueResolvers.mapResolver())
                .addValueResolver(new ReflectionValueResolver())
                .addResultMapper(new HtmlEscaper(List.of(Variant.TEXT_HTML)))
                .addLocator(this::hitta)
                .strictRendering(true)
                .removeStandaloneLines(true)
                .build();
    }

    /** "remissvar" → templates/remissvar.html; nothing outside the folder. */
    private Optional<TemplateLocator.TemplateLocation> hitta(String id) {
        String fil = id.endsWith(".html") ? id : id + ".html";
        if (!fil.matches("_?[a-z0-9][a-z0-9-]{0,59}\\.html")) {
            return Optional.empty();
        }
        Path p = katalog.resolve(fil);
        if (!Files.isRegularFile(p)) {
            return Optional.empty();
        }
        String innehall;
        try {
            innehall = Files.readString(p, StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return Optional.of(new TemplateLocator.TemplateLocation() {
            @Override
            public Reader read() {
                return new StringReader(innehall);
            }

            @Override
            public Optional<Variant> getVariant() {
                return Optional.of(HTML);
            }
        });
    }

    /** The names of the templates offered for a kind of case, working ones only. */
    public List<Mall> forArendetyp(String arendetyp) {
        List<Mall> lista = new ArrayList<>();
        for (Mall m : alla()) {
            if (m.fungerar() && m.passar(arendetyp)) {
                lista.add(m);
            }
        }
        return lista;
    }
}
