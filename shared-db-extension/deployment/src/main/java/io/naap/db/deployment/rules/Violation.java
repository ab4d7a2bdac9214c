package io.naap.db.deployment.rules;

/**
 * One broken architecture rule: its stable code, the offending class, resource or property, what is wrong and how
 * to fix it.
 */
public record Violation(String code, String offender, String problem, String fix) {

    /** {@code [NAAP-DB-001] io.acme.Task: the entity declares no schema. Fix: ...} */
    public String describe() {
        return "[" + code + "] " + offender + ": " + problem + "\n      Fix: " + fix;
    }
}
