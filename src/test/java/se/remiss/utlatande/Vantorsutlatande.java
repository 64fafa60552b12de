package se.remiss.utlatande;

import java.util.Map;
import se.remiss.testhjalp.Api;

/**
 * For the committee's tests: a remiss of the test's own sent to Vantör with the sample programme,
 * and Vantör's remissvar on it approved by its avdelningschef and direktör (as in seed 000) and
 * sent to the sender – the statement a nämnd then decides on.
 */
public final class Vantorsutlatande {

    /** {@code avsandare}: a user of the remiss's sender (with every case role). */
    public record Godkant(long remiss, long mottagare, String utlatande, String avsandare) {
    }

    private Vantorsutlatande() {
    }

    public static Godkant godkant(String titel) {
        return godkant(Api.remiss(Api.skapaAvsandare(), titel, Api.id("vantor-sdn")));
    }

    /** {@code registrering}: a body from {@link Api#remiss} to Vantör, e.g. from Stadsledningskontoret. */
    public static Godkant godkant(Map<String, Object> registrering) {
        long mottagare = Utkast.nyRemissTillVantor(registrering, "socialt-program-reviderat.txt",
                Utkast.fil("socialt-program-reviderat.txt"));
        String uid = Utkast.ifylltVantorsUtkast(mottagare);
        Utkast.klar(uid, 2).then().statusCode(200);
        for (String vem : new String[] {"vantor-avdelningschef", "vantor-direktor"}) {
            Utkast.som(vem, () -> Utkast.json().body(Map.of("version", 2)).post("/api/utlatanden/" + uid + "/godkann")
                    .then().statusCode(200));
        }
        Utkast.som("vantor-registrator", () -> Utkast.json().post("/api/utlatanden/" + uid + "/skicka")
                .then().statusCode(200));
        long remiss = Utkast.remissFor(mottagare);
        long avsandare = Utkast.som("vantor-registrator", () -> Api.hamtaRemiss(remiss).getLong("avsandare.id"));
        Api.anonym();
        return new Godkant(remiss, mottagare, uid, Api.testanvandare(avsandare));
    }
}
