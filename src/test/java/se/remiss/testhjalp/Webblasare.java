package se.remiss.testhjalp;

import com.deque.html.axecore.playwright.AxeBuilder;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.BrowserType;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Playwright;
import com.microsoft.playwright.assertions.PlaywrightAssertions;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * A real browser for journey tests: Playwright driving Debian's Chromium (see STACK.md).
 *
 * <p>Register it in a {@code @QuarkusTest} as a static field, open a page in {@code @BeforeEach}
 * with the test's {@code @TestHTTPResource("/")} address, and navigate with paths relative to it:
 *
 * <pre>
 * &#64;RegisterExtension
 * static Webblasare webblasare = new Webblasare();
 * &#64;TestHTTPResource("/")
 * URL bas;
 * Page sida;
 * &#64;BeforeEach
 * void oppna() { sida = webblasare.oppna(bas); }
 * </pre>
 *
 * <p>Playwright and the browser start once per test class; every test gets a fresh
 * {@link BrowserContext} (no cookies, no storage shared between tests). When a test fails, a
 * full-page screenshot and the page's HTML are saved as {@code target/skarmbilder/<Klass>-<metod>.png}
 * and {@code .html}; {@link #skarmbild()} saves one under the same name on demand (journeys call it
 * at their end, so the last state can be looked at either way).
 *
 * <p><b>Accessibility:</b> every page that finishes loading in the test's browser is checked with
 * axe-core against WCAG 2.1 A and AA ({@link #tillganglighetsfel()}); a serious or critical
 * violation is listed with its rule and element in {@link #sidfel()} – which journeys assert is empty
 * – and fails the test after it anyway. Pages changed in place (htmx, a dialog opened by script) are
 * checked by calling {@link #granskaTillganglighet()} at that step.
 */
public final class Webblasare implements BeforeAllCallback, AfterAllCallback, BeforeEachCallback, AfterEachCallback {

    /** Debian's Chromium; another binary can be named with -Dwebblasare.chromium=/path. */
    private static final Path CHROMIUM = Paths.get(System.getProperty("webblasare.chromium", "/usr/bin/chromium"));

    private static final List<String> ARGUMENT = List.of("--no-sandbox", "--disable-gpu",
            "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run",
            "--disable-quic");

    /** Sub-resources whose failure to load means the page is broken (a missing stylesheet or script). */
    private static final Set<String> RESURSTYPER = Set.of("stylesheet", "script", "font", "image");

    private static final Path KATALOG = Paths.get(System.getProperty("basedir", "."), "target", "skarmbilder");

    private Playwright playwright;
    private Browser webblasare;
    private BrowserContext kontext;
    private Page sida;
    private String testnamn;
    private final List<String> sidfel = new ArrayList<>();
    private final List<String> tillganglighetsfel = new ArrayList<>();

    /** axe's rule tags for WCAG 2.0 and 2.1, levels A and AA. */
    private static final List<String> WCAG21_AA = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa");

    /** The impacts that fail a test; "moderate" and "minor" are reported by axe but do not. */
    private static final Set<String> ALLVARLIGA = Set.of("serious", "critical");

    @Override
    public void beforeAll(ExtensionContext context) {
        if (!Files.isExecutable(CHROMIUM)) {
            throw new IllegalStateException("Webbläsartesterna behöver Chromium på " + CHROMIUM
                    + " (apt-get install chromium, se .ci/run).");
        }
        // The machine is shared and has two cores: give actions and assertions some slack.
        PlaywrightAssertions.setDefaultAssertionTimeout(10_000);
        playwright = Playwright.create(new Playwright.CreateOptions()
                .setEnv(Map.of("PLAYWRIGHT_SKIP_BROWSER_DOWNLOAD", "1")));
        webblasare = playwright.chromium().launch(new BrowserType.LaunchOptions()
                .setExecutablePath(CHROMIUM)
                .setHeadless(true)
                .setArgs(ARGUMENT));
    }

    /**
     * A fresh browser context and page whose relative addresses resolve against {@code bas}
     * (a Swedish user on a laptop-sized screen). Call once per test, from {@code @BeforeEach}.
     */
    public Page oppna(URL bas) {
        if (webblasare == null) {
            throw new IllegalStateException("Webbläsaren är inte startad: registrera Webblasare med @RegisterExtension"
                    + " på ett static-fält.");
        }
        stangKontext();
        sidfel.clear();
        tillganglighetsfel.clear();
        kontext = webblasare.newContext(new Browser.NewContextOptions()
                .setBaseURL(bas.toString())
                .setLocale("sv-SE")
                .setTimezoneId("Europe/Stockholm")
                .setViewportSize(1280, 800));
        kontext.setDefaultTimeout(15_000);
        kontext.setDefaultNavigationTimeout(30_000);
        sida = kontext.newPage();
        sida.onPageError(fel -> sidfel.add("JavaScript-fel: " + fel));
        // Anything the Content-Security-Policy blocks (inline script or style) is a page error too.
        sida.onConsoleMessage(m -> {
            if ("error".equals(m.type()) && m.text().contains("Content Security Policy")) {
                sidfel.add("CSP: " + m.text());
            }
        });
        sida.onResponse(svar -> {
            if (svar.status() >= 400 && RESURSTYPER.contains(svar.request().resourceType())) {
                sidfel.add(svar.status() + " för " + svar.url());
            }
        });
        // Every loaded page of the main frame is checked with axe-core (WCAG 2.1 AA) as soon as it has loaded.
        sida.onLoad(this::granskaVidLaddning);
        sida.onRequestFailed(fraga -> {
            // ERR_ABORTED is the browser cancelling a load whose document went away (the live
            // preview's frame replaced while its style sheet was loading), not a broken page.
            if (RESURSTYPER.contains(fraga.resourceType()) && !String.valueOf(fraga.failure()).contains("ERR_ABORTED")) {
                sidfel.add("kunde inte hämta " + fraga.url() + ": " + fraga.failure());
            }
        });
        return sida;
    }

    /**
     * Logs in through the login form as {@code anvandarnamn} (password {@link Api#LOSENORD}) and
     * waits for the start page. Also works for test-made users ({@link Api#testanvandare}).
     */
    public Page loggaIn(String anvandarnamn) {
        Page s = sida();
        s.navigate("/logga-in");
        s.getByLabel("Användarnamn").fill(anvandarnamn);
        s.getByLabel("Lösenord").fill(Api.LOSENORD);
        s.waitForNavigation(() -> s.getByRole(com.microsoft.playwright.options.AriaRole.BUTTON,
                new Page.GetByRoleOptions().setName("Logga in")).click());
        if (s.url().contains("/logga-in")) {
            throw new IllegalStateException("Inloggningen som " + anvandarnamn + " misslyckades: " + s.url());
        }
        return s;
    }

    /**
     * Checks the current page with axe-core now (WCAG 2.1 A and AA) and records serious and critical
     * violations like those of a loaded page; for a page changed in place (an htmx swap, an opened
     * dialog). Returns what this check found.
     */
    public List<String> granskaTillganglighet() {
        List<String> fel = tillganglighetsfel();
        fel.stream().map(f -> "Tillgänglighet: " + f).forEach(sidfel::add);
        tillganglighetsfel.addAll(fel);
        return fel;
    }

    /**
     * The serious and critical WCAG 2.1 A/AA violations axe-core finds on the current page, each as
     * "rule (impact): help – element [selector] html", without recording them.
     */
    public List<String> tillganglighetsfel() {
        Page s = sida();
        // axe-core is run in the page itself, in the top document only: Deque's AxeBuilder also walks into
        // frames, and the editor's live preview is a sandboxed frame without scripts (the rendered document,
        // checked as PDF/A elsewhere) where an evaluation never returns.
        if (!Boolean.TRUE.equals(s.evaluate("typeof window.axe === 'object'"))) {
            s.evaluate(AxeBuilder.getAxeScript() + "\n;void 0");
        }
        Object svar = s.evaluate("taggar => axe.run(document, { iframes: false, resultTypes: ['violations'],"
                + " runOnly: { type: 'tag', values: taggar } }).then(r => r.violations.map(v => ({ id: v.id,"
                + " impact: v.impact, help: v.help, nodes: v.nodes.map(n => ({ target: JSON.stringify(n.target),"
                + " html: n.html })) })))", WCAG21_AA);
        List<String> fel = new ArrayList<>();
        for (Object o : (List<?>) svar) {
            Map<?, ?> regel = (Map<?, ?>) o;
            if (!ALLVARLIGA.contains(String.valueOf(regel.get("impact")))) {
                continue;
            }
            for (Object n : (List<?>) regel.get("nodes")) {
                Map<?, ?> nod = (Map<?, ?>) n;
                fel.add(adressUtanBas(s.url()) + ": " + regel.get("id") + " (" + regel.get("impact") + "): "
                        + regel.get("help") + " – " + nod.get("target") + " " + nod.get("html"));
            }
        }
        return fel;
    }

    private void granskaVidLaddning(Page laddad) {
        try {
            // A PDF or other file opened in the browser is not ours to check.
            Object typ = laddad.evaluate("document.contentType");
            if (!"text/html".equals(typ)) {
                return;
            }
            granskaTillganglighet();
        } catch (com.microsoft.playwright.PlaywrightException e) {
            // The page went on to another one while it was checked: that one is checked when it loads.
            if (!String.valueOf(e.getMessage()).contains("Execution context was destroyed")
                    && !String.valueOf(e.getMessage()).contains("navigat")) {
                sidfel.add("axe-core kunde inte granska " + laddad.url() + ": " + e.getMessage());
            }
        }
    }

    private static String adressUtanBas(String url) {
        int start = url.indexOf('/', url.indexOf("//") + 2);
        return start < 0 ? url : url.substring(start);
    }

    /** A count as the pages write it: Swedish digit groups with a no-break space ("7 546"). */
    public static String tal(long tal) {
        return se.remiss.plattform.Talformat.svenskt(tal);
    }

    /**
     * Asserts that the page does not scroll sideways at the current window width (a wide table
     * scrolls in its own box instead): {@code document.documentElement.scrollWidth <= innerWidth}.
     */
    public void utanSidledsrullning() {
        Page s = sida();
        Object bredd = s.evaluate("[document.documentElement.scrollWidth, window.innerWidth]");
        List<?> matt = (List<?>) bredd;
        int sidbredd = ((Number) matt.get(0)).intValue();
        int fonster = ((Number) matt.get(1)).intValue();
        if (sidbredd > fonster) {
            Object bredast = s.evaluate("() => { const f = innerWidth; return [...document.querySelectorAll('body *')]"
                    + ".filter(e => e.getBoundingClientRect().right > f + 1 && !e.closest('.tabellram')).slice(0, 3)"
                    + ".map(e => e.tagName.toLowerCase() + (e.id ? '#' + e.id : '') + (e.className ? '.' + e.className : '')"
                    + " + ' «' + (e.textContent || '').trim().slice(0, 40) + '»')"
                    + ".join(', ') }");
            throw new AssertionError(adressUtanBas(s.url()) + " rullar i sidled vid " + fonster + " px: sidan är "
                    + sidbredd + " px bred (" + bredast + ")");
        }
    }

    /** The current test's page. */
    public Page sida() {
        if (sida == null) {
            throw new IllegalStateException("Ingen sida är öppen: anropa oppna(bas) i @BeforeEach.");
        }
        return sida;
    }

    /**
     * Uncaught JavaScript errors and stylesheets, scripts, fonts or images that failed to load on
     * any page of this test so far; journeys assert that it is empty.
     */
    public List<String> sidfel() {
        return List.copyOf(sidfel);
    }

    /** Saves a full-page screenshot as {@code target/skarmbilder/<Klass>-<metod>.png}. */
    public Path skarmbild() {
        return spara(testnamn);
    }

    /** Saves a full-page screenshot of one step as {@code target/skarmbilder/<Klass>-<metod>-<steg>.png}. */
    public Path skarmbild(String steg) {
        return spara(testnamn + "-" + steg);
    }

    private Path spara(String filnamn) {
        Path fil = KATALOG.resolve((filnamn == null ? "sida" : filnamn) + ".png");
        sida().screenshot(new Page.ScreenshotOptions().setPath(fil).setFullPage(true));
        return fil;
    }

    @Override
    public void beforeEach(ExtensionContext context) {
        testnamn = context.getRequiredTestClass().getSimpleName() + "-" + context.getRequiredTestMethod().getName();
    }

    @Override
    public void afterEach(ExtensionContext context) {
        try {
            Path html = KATALOG.resolve(testnamn + ".html");
            if (context.getExecutionException().isEmpty() && !tillganglighetsfel.isEmpty()) {
                // Also a journey that does not assert sidfel() fails on an inaccessible page.
                throw new AssertionError("axe-core (WCAG 2.1 AA) fann allvarliga fel:\n  "
                        + String.join("\n  ", tillganglighetsfel));
            }
            if (context.getExecutionException().isPresent() && sida != null && !sida.isClosed()) {
                Path bild = skarmbild();
                Files.writeString(html, sida.content(), StandardCharsets.UTF_8);
                System.err.println("Skärmbild av den misslyckade sidan (" + sida.url() + "): " + bild.toAbsolutePath());
            } else {
                Files.deleteIfExists(html); // left by an earlier failed run
            }
        } catch (IOException | RuntimeException e) {
            // A screenshot that cannot be taken must not hide the test's own failure.
            System.err.println("Kunde inte spara skärmbild: " + e);
        } finally {
            stangKontext();
        }
    }

    @Override
    public void afterAll(ExtensionContext context) {
        try {
            if (webblasare != null) {
                webblasare.close();
            }
        } finally {
            webblasare = null;
            if (playwright != null) {
                playwright.close();
                playwright = null;
            }
        }
    }

    private void stangKontext() {
        if (kontext != null) {
            kontext.close();
        }
        kontext = null;
        sida = null;
    }
}
