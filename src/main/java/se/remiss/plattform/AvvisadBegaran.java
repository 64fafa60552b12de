package se.remiss.plattform;

/**
 * A change request the error mappers refused (4xx other than 401). Published as a CDI event so that
 * the audit trail can record it without {@code plattform} knowing about the audit trail: the
 * request's own transaction has rolled back, so nothing else records it.
 *
 * @param beskrivning method, path, status and reason, as the audit trail shows it
 */
public record AvvisadBegaran(String beskrivning) {
}
