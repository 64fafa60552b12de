package se.remiss.utlatande;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static se.remiss.utlatande.Utkast.innehaller;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.path.json.JsonPath;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.remiss.testhjalp.Api;

/**
 * An administrator edits a template while the service runs: the change is used at once, and a
 * mistake is reported with its line on the template page and in the API — the handläggare gets a
 * message, never a broken page or a server error. Runs on a copy of templates/ (its own profile).
 */
@QuarkusTest
@TestProfile(TrasigMallTest.Kopia.class)
class TrasigMallTest {

    static final Path KATALOG = kopia();

    public static class Kopia implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("remiss.mallar.katalog", KATALOG.toString());
        }
    }

    private static Path kopia() {
        try {
            Path mapp = Files.createTempDirectory("mallar");
            try (Stream<Path> filer = Files.list(Path.of("templates"))) {
                for (Path f : filer.toList()) {
                    Files.copy(f, mapp.resolve(f.getFileName()));
                }
            }
            return mapp;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void skriv(String fil, String innehall) throws IOException {
        Path p = KATALOG.resolve(fil);
        long fore = Files.exists(p) ? Files.getLastModifiedTime(p).toMillis() : 0;
        Files.writeString(p, innehall);
        Files.setLastModifiedTime(p, FileTime.fromMillis(Math.max(fore + 2000, System.currentTimeMillis())));
    }

    @Test
    void andradOchTrasigMallAnvandsRespektiveRapporterasUtanOmstart() throws IOException {
        String original = Files.readString(KATALOG.resolve("remissvar.html"));
        long m = Utkast.nyRemissTillVantor("Trasig mall " + Api.unik());
        String uid = Utkast.skapa(m, "remissvar", "AVSTAR");
        try {
            // A wording change is used by the next preview.
            skriv("remissvar.html", original.replace("beslutar att åberopa", "beslutar härmed att åberopa"));
            innehaller(Utkast.forhandsvisning(uid), "beslutar härmed att åberopa");

            // A broken tag on line 3: listed with the line, drafts answer 409 with a message.
            List<String> rader = new java.util.ArrayList<>(original.lines().toList());
            rader.add(2, "<p>{#if utlatande.amne}aldrig stängd</p>");
            skriv("remissvar.html", String.join("\n", rader));
            JsonPath status = Utkast.json().get("/api/mallar").then().statusCode(200).extract().jsonPath();
            assertEquals(false, status.getBoolean("find { it.namn == 'remissvar' }.fungerar"));
            String fel = status.getString("find { it.namn == 'remissvar' }.fel.fil");
            assertEquals("remissvar.html", fel);
            assertTrue(status.getInt("find { it.namn == 'remissvar' }.fel.rad") >= 3, status.prettify());

            String adminsida = Utkast.webb().get("/mallar").then().statusCode(200).extract().asString();
            innehaller(adminsida, "Rad ");
            innehaller(adminsida, "i remissvar.html");

            JsonPath problem = Api.problem(Utkast.dokument().get("/api/utlatanden/" + uid + "/forhandsvisning"), 409);
            innehaller(problem.getString("detail"), "Administratören ser felet under Mallar");
            Api.problem(Utkast.dokument().get("/api/utlatanden/" + uid + "/pdf"), 409);
            JsonPath utkast = Utkast.hamta(uid);
            innehaller(utkast.getString("mallfel"), "remissvar.html");
            Api.problem(Utkast.skrivAvsnitt(uid, "sammanfattning", 1, "Text"), 409);

            String redigering = Utkast.webb().get("/utlatanden/" + uid).then().statusCode(200).extract().asString();
            innehaller(redigering, "kan inte användas just nu");
            Api.problem(Utkast.skapa(Map.of("mottagare", m, "mall", "remissvar")), 400, "mall");

            // Fixed again: everything works.
            skriv("remissvar.html", original);
            Utkast.forhandsvisning(uid);
        } finally {
            skriv("remissvar.html", original);
        }
    }

    @Test
    void ettFelSomBaraUppstarMedEttRiktigtArendeRapporterasOcksa() throws IOException {
        String original = Files.readString(KATALOG.resolve("svar-pa-skrivelse.html"));
        try {
            // Fine with the made-up cases, fails for the sample skrivelse (its motpart is set).
            skriv("svar-pa-skrivelse.html", original.replace("{#if arende.motpart} från {arende.motpart}{/if}",
                    "{#if arende.motpart == 'Christer Öhgren (mp)'}{arende.finnsInte}{/if}"));
            long skrivelse = Utkast.skrivelsearende();
            Api.problem(Utkast.dokument().queryParam("arende", skrivelse)
                    .get("/api/mallar/svar-pa-skrivelse/prov"), 409);
            JsonPath status = Utkast.json().get("/api/mallar").then().statusCode(200).extract().jsonPath();
            assertEquals(true, status.getBoolean("find { it.namn == 'svar-pa-skrivelse' }.fungerar"));
            innehaller(status.getString("find { it.namn == 'svar-pa-skrivelse' }.senasteFel.meddelande"), "finnsInte");
        } finally {
            skriv("svar-pa-skrivelse.html", original);
        }
    }
}
