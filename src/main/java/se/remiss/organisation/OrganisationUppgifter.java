package se.remiss.organisation;

/**
 * An organisation as the administrator edits it (form and JSON use the same names).
 * {@code diarieformat} blank means the body keeps no registry of its own; {@code paminnelsedagar}
 * null keeps the installation's default number of working days for deadline reminders.
 */
public record OrganisationUppgifter(String kortnamn, String namn, OrganisationTyp typ, Long forvaltning,
        Boolean aktiv, String diarieformat, String diariekod, Integer paminnelsedagar, Long version) {
}
