package org.praxis.command.common;

/**
 * The change was made against an older revision than the current one: someone else changed it
 * first. The caller reloads and decides again; nothing is overwritten.
 */
public class RevisionConflict extends RuleViolation {

    public RevisionConflict(int expected, int current) {
        super("the change was based on revision " + expected + ", but the current revision is " + current
                + "; reload and apply your change to the current revision");
    }
}
