package se.remiss.remiss;

/** One row of the sender's list: the remiss and how its recipients stand. */
public record Remissrad(Remiss remiss, long mottagare, long klara, long forsenade) {
}
