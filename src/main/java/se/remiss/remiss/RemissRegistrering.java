package se.remiss.remiss;

import java.time.LocalDate;
import java.util.List;

/**
 * What a registrator gives to register a remiss, from the form or the JSON API (same names).
 * {@code avsandarensDnr} blank means "register it in the sender's diarium now and give it a number".
 */
public record RemissRegistrering(
        String titel,
        Long avsandare,
        String avsandarensDnr,
        String beskrivning,
        LocalDate sistaDagKontorsutlatande,
        LocalDate sistaDagNamndprotokoll,
        List<Long> mottagare,
        String kod) {
}
