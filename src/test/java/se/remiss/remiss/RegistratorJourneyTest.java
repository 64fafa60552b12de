package se.remiss.remiss;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;
import com.microsoft.playwright.options.SelectOption;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import java.io.IOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import se.remiss.testhjalp.Webblasare;

/**
 * The registrator's journeys through the real pages in a real browser: register a remiss, send it
 * to all district committees and read the recipient matrix; a deadline on a non-working day; a
 * form sent empty. Every step is a click or a keystroke, never an API call. The test profile fixes
 * "today" at 2026-11-23 ({@code %test.remiss.idag}), so dates and "dagar kvar" are known.
 *
 * <p>The registrator is Stadsledningskontoret's, logged in through the login form. Each journey
 * registers its own remiss under a title of its own, so the tests do not depend on each other, on
 * their order or on what other test classes have stored.
 */
@QuarkusTest
class RegistratorJourneyTest {

    @RegisterExtension
    static Webblasare webblasare = new Webblasare();

    @TestHTTPResource("/")
    URL bas;

    Page sida;

    @BeforeEach
    void oppnaWebblasaren() {
        sida = webblasare.oppna(bas);
        webblasare.loggaIn("slk-registrator");
    }

    @Test
    void registrerarRemissSkickarTillAllaStadsdelsnamnderOchSerMatrisen() throws IOException {
        String titel = unikTitel("Registrering");
        Path handling = remisshandling();

        sida.navigate("/remisser/ny");
        assertThat(rubrik("Registrera remiss")).isVisible();
        sida.getByLabel("Titel", exakt()).fill(titel);
        sida.getByLabel("Avsändare", exakt()).selectOption(new SelectOption().setLabel("Stadsledningskontoret"));
        mottagarval().getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                .setName(Pattern.compile("^Alla stadsdelsnämnder\\b"))).check();
        sida.getByLabel("Kontorsutlåtande", exakt()).fill("2027-01-15");
        sida.getByLabel("Nämndprotokoll", exakt()).fill("2027-01-22");
        sida.getByLabel(Pattern.compile("^Remisshandling")).setInputFiles(handling);
        // A cover note, not the programme: the first document is imported as the programme unless unticked
        // (the import itself is RemissdokumentJourneyTest's).
        sida.getByLabel("Dokumentet är programmet").uncheck();
        webblasare.skarmbild("1-ifyllt");

        // POST → redirect → GET: the form answers 303 and the browser lands on the remiss's own address.
        Response post = sida.waitForResponse(svar -> "POST".equals(svar.request().method()),
                () -> knapp("Registrera remiss").click());
        assertEquals(303, post.status(), "registreringen ska svara med en omdirigering");
        sida.waitForURL(Pattern.compile(".*/remisser/\\d+\\?klart=registrerad$"));
        assertThat(rubrik(titel)).isVisible();
        assertThat(sida.getByRole(AriaRole.STATUS)).containsText("Remissen är registrerad som utkast.");
        assertEquals("Utkast", uppgift("Status"));
        assertEquals("Stadsledningskontoret", uppgift("Avsändare"));
        assertEquals("fredag 15 januari 2027", uppgift("Sista dag kontorsutlåtande"));
        assertEquals("fredag 22 januari 2027", uppgift("Sista dag nämndprotokoll"));
        // Shown by its title: the file's name without extension and storage suffix ("remisshandling-1a2b3c4d.txt").
        assertThat(sida.getByRole(AriaRole.LINK, namn("Remisshandling").setExact(true))).isVisible();
        webblasare.skarmbild("2-registrerad");

        // Sending cannot be undone: the button leads to a page that names the recipients and asks first.
        knapp("Skicka till 18 mottagare …").click();
        sida.waitForURL(Pattern.compile(".*/remisser/\\d+/skicka\\??$"));
        assertThat(sida.getByRole(AriaRole.HEADING, namn("Skicka remissen till 18 mottagare?").setLevel(1))).isVisible();
        assertThat(sida.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("Vantörs stadsdelsnämnd")))
                .hasCount(1);
        assertThat(sida.locator(".bekraftelse")).containsText("Det kan inte ångras");
        webblasare.skarmbild("3-bekrafta");
        // "Avbryt" changes nothing; the second time the registrator confirms – with the keyboard only.
        sida.getByRole(AriaRole.LINK, namn("Avbryt").setExact(true)).click();
        sida.waitForURL(Pattern.compile(".*/remisser/\\d+$"));
        assertEquals("Utkast", uppgift("Status"));
        knapp("Skicka till 18 mottagare …").click();
        sida.waitForURL(Pattern.compile(".*/remisser/\\d+/skicka\\??$"));
        knapp("Ja, skicka till 18 mottagare").focus();
        sida.keyboard().press("Enter");
        sida.waitForURL(Pattern.compile(".*/remisser/\\d+\\?klart=skickad$"));
        assertThat(sida.getByRole(AriaRole.STATUS))
                .hasText("Remissen är skickad och registrerad i mottagarnas diarier.");
        assertEquals("Skickad", uppgift("Status"));

        List<Map<String, String>> rader = matris();
        assertEquals(18, rader.size(), "en rad per stadsdelsnämnd: " + rader);
        for (Map<String, String> rad : rader) {
            String vem = rad.get("Mottagare");
            assertTrue(vem.endsWith("stadsdelsnämnd"), vem);
            assertTrue(rad.get("Mottagarens dnr").matches(".*\\d.*"), vem + " ska ha fått ett eget dnr: " + rad);
            assertEquals("Skickad", rad.get("Status"), vem);
            assertEquals("2027-01-15", rad.get("Sista dag utlåtande"), vem);
            assertEquals("2027-01-22", rad.get("Sista dag protokoll"), vem);
            // 2026-11-23 → 2027-01-15, the nearer of the two deadlines.
            assertEquals("53 dagar kvar", rad.get("Dagar kvar"), vem);
        }
        assertTrue(rader.stream().anyMatch(r -> r.get("Mottagare").equals("Vantörs stadsdelsnämnd")), rader::toString);
        webblasare.skarmbild();

        // The sender's list finds it by its title, sent.
        sida.navigate("/remisser");
        sida.getByRole(AriaRole.SEARCHBOX, namn("Sök titel eller diarienummer")).fill(titel);
        sida.waitForURL(url -> url.contains("sok="));
        Locator lank = sida.getByRole(AriaRole.LINK, namn(titel).setExact(true));
        assertThat(lank).isVisible();
        assertThat(sida.getByRole(AriaRole.ROW).filter(new Locator.FilterOptions().setHas(lank))).containsText("Skickad");
        assertEquals(List.of(), webblasare.sidfel());
    }

    @Test
    void sistaDagPaJulaftonVarnarOchForeslarNastaArbetsdag() {
        String titel = unikTitel("Frist på julafton");

        sida.navigate("/remisser/ny");
        sida.getByLabel("Titel", exakt()).fill(titel);
        sida.getByLabel("Avsändare", exakt()).selectOption(new SelectOption().setLabel("Stadsledningskontoret"));
        mottagarval().getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions()
                .setName("Farsta stadsdelsnämnd").setExact(true)).check();
        sida.getByLabel("Nämndprotokoll", exakt()).fill("2027-01-08");
        Locator kontorsutlatande = sida.getByLabel("Kontorsutlåtande", exakt());
        kontorsutlatande.fill("2026-12-24");

        // htmx asks the calendar as soon as the date changes; the warning stands under the field
        // and is the field's description for a screen reader.
        Locator varning = sida.getByText(Pattern.compile("24 december 2026 är ingen arbetsdag \\(julafton\\)"));
        assertThat(varning).isVisible();
        assertThat(varning).containsText("flyttas sista dagen till måndag 28 december 2026");
        assertThat(kontorsutlatande).hasAccessibleDescription(Pattern.compile("måndag 28 december 2026"));
        webblasare.skarmbild("1-varning");

        knapp("Registrera remiss").click();
        // Not an error: the form comes back and asks the registrator to choose.
        Locator val = sida.getByRole(AriaRole.ALERT);
        assertThat(val).containsText("En sista dag infaller på en dag som inte är arbetsdag.");
        assertThat(val).containsText("måndag 28 december 2026");
        assertThat(sida.getByLabel("Titel", exakt())).hasValue(titel);
        assertThat(kontorsutlatande).hasValue("2026-12-24");
        webblasare.skarmbild("2-valja");

        knapp("Använd föreslagna datum och registrera").click();
        sida.waitForURL(Pattern.compile(".*/remisser/\\d+\\?klart=registrerad$"));
        assertThat(rubrik(titel)).isVisible();
        assertEquals("måndag 28 december 2026", uppgift("Sista dag kontorsutlåtande"));
        assertEquals("fredag 8 januari 2027", uppgift("Sista dag nämndprotokoll"));
        List<Map<String, String>> rader = matris();
        assertEquals(1, rader.size(), rader::toString);
        assertEquals("Farsta stadsdelsnämnd", rader.get(0).get("Mottagare"));
        assertEquals("2026-12-28", rader.get(0).get("Sista dag utlåtande"));
        assertEquals("2027-01-08", rader.get(0).get("Sista dag protokoll"));
        assertEquals(List.of(), webblasare.sidfel());
        webblasare.skarmbild();
    }

    @Test
    void tomtFormularGerSvenskaFelVidFaltenOchRegistrerarIngenting() {
        String titel = unikTitel("Ofullständig");

        sida.navigate("/remisser/ny");
        // The form suggests the registrator's own organisation and both deadlines; empty them so
        // that nothing at all is sent.
        Locator avsandare = sida.getByLabel("Avsändare", exakt());
        assertThat(avsandare.locator("option:checked")).hasText("Stadsledningskontoret");
        avsandare.selectOption(new SelectOption().setValue(""));
        sida.getByLabel("Kontorsutlåtande", exakt()).fill("");
        sida.getByLabel("Nämndprotokoll", exakt()).fill("");
        Response svar = sida.waitForResponse(s -> "POST".equals(s.request().method()),
                () -> knapp("Registrera remiss").click());
        assertEquals(400, svar.status(), "ett formulär med fel ska svara 400");

        assertThat(sida.getByRole(AriaRole.ALERT)).hasText("Rätta uppgifterna som är markerade nedan.");
        arFelmarkerat(sida.getByLabel("Titel", exakt()), "Titel måste anges.");
        assertThat(sida.getByLabel("Titel", exakt())).isFocused();
        arFelmarkerat(sida.getByLabel("Avsändare", exakt()), "Välj avsändare.");
        arFelmarkerat(sida.getByLabel("Kontorsutlåtande", exakt()), "Ange sista dag för kontorsutlåtande.");
        arFelmarkerat(sida.getByLabel("Nämndprotokoll", exakt()), "Ange sista dag för nämndprotokoll.");
        assertThat(mottagarval()).hasAccessibleDescription(innehaller("Välj minst en mottagare."));
        assertThat(mottagarval()).containsText("Välj minst en mottagare.");
        webblasare.skarmbild("1-tomt");

        // Correct one field only: still refused, the title is kept, the other messages stay.
        sida.getByLabel("Titel", exakt()).fill(titel);
        svar = sida.waitForResponse(s -> "POST".equals(s.request().method()),
                () -> knapp("Registrera remiss").click());
        assertEquals(400, svar.status());
        assertThat(sida.getByLabel("Titel", exakt())).hasValue(titel);
        assertThat(sida.getByLabel("Titel", exakt())).not().hasAttribute("aria-invalid", "true");
        arFelmarkerat(sida.getByLabel("Avsändare", exakt()), "Välj avsändare.");
        assertThat(sida.getByLabel("Avsändare", exakt())).isFocused(); // the first field still in error
        webblasare.skarmbild("2-titel-ifylld");

        // Nothing was registered under that title.
        sida.navigate("/remisser");
        sida.getByRole(AriaRole.SEARCHBOX, namn("Sök titel eller diarienummer")).fill(titel);
        sida.waitForURL(url -> url.contains("sok="));
        assertThat(sida.getByText("Inga remisser matchar.")).isVisible();
        assertThat(sida.getByRole(AriaRole.LINK, namn(titel))).hasCount(0);
        assertEquals(List.of(), webblasare.sidfel());
        webblasare.skarmbild();
    }

    // ---- helpers: what a user sees, found the way assistive technology finds it ----

    private static String unikTitel(String vad) {
        return "Webbtest " + vad + " " + UUID.randomUUID().toString().substring(0, 8);
    }

    private static Path remisshandling() throws IOException {
        Path katalog = Files.createTempDirectory("remisshandling");
        katalog.toFile().deleteOnExit();
        Path fil = katalog.resolve("remisshandling-" + UUID.randomUUID().toString().substring(0, 8) + ".txt");
        Files.writeString(fil, "Förslag till program för att minska prostitution.\nRemissversion.\n",
                StandardCharsets.UTF_8);
        fil.toFile().deleteOnExit();
        return fil;
    }

    private static Page.GetByLabelOptions exakt() {
        return new Page.GetByLabelOptions().setExact(true);
    }

    private static Page.GetByRoleOptions namn(String namn) {
        return new Page.GetByRoleOptions().setName(namn);
    }

    private static Page.GetByRoleOptions namn(Pattern namn) {
        return new Page.GetByRoleOptions().setName(namn);
    }

    private Locator rubrik(String text) {
        return sida.getByRole(AriaRole.HEADING, namn(text).setExact(true).setLevel(1));
    }

    private Locator knapp(String text) {
        return sida.getByRole(AriaRole.BUTTON, namn(text).setExact(true));
    }

    private Locator mottagarval() {
        return sida.getByRole(AriaRole.GROUP, namn("Mottagare").setExact(true));
    }

    /** The value shown beside a heading in the remiss's "Uppgifter" box. */
    private String uppgift(String term) {
        Locator uppgifter = sida.getByRole(AriaRole.REGION, namn("Uppgifter").setExact(true));
        return uppgifter.getByText(term, new Locator.GetByTextOptions().setExact(true))
                .locator("xpath=following-sibling::dd[1]").innerText().strip();
    }

    /** The recipient matrix as one map per row, keyed by the column headers. */
    private List<Map<String, String>> matris() {
        Locator tabell = sida.getByRole(AriaRole.TABLE, namn("Mottagare").setExact(true));
        assertThat(tabell).isVisible();
        List<String> kolumner = tabell.getByRole(AriaRole.COLUMNHEADER).allInnerTexts();
        List<Map<String, String>> rader = new ArrayList<>();
        for (Locator rad : tabell.locator("tbody").getByRole(AriaRole.ROW).all()) {
            List<String> celler = rad.getByRole(AriaRole.CELL).allInnerTexts();
            Map<String, String> varden = new LinkedHashMap<>();
            for (int i = 0; i < kolumner.size() && i < celler.size(); i++) {
                varden.put(kolumner.get(i).strip(), celler.get(i).strip());
            }
            rader.add(varden);
        }
        return rader;
    }

    /** A pattern finding {@code text} anywhere, escaped by hand: JavaScript regular expressions have no \Q…\E. */
    private static Pattern innehaller(String text) {
        return Pattern.compile(text.replaceAll("[\\\\^$.|?*+()\\[\\]{}]", "\\\\$0"));
    }

    private static void arFelmarkerat(Locator falt, String meddelande) {
        assertThat(falt).hasAttribute("aria-invalid", "true");
        assertThat(falt).hasAccessibleDescription(innehaller(meddelande));
    }
}
