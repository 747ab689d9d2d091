/**
 * The innovation self-check (autodiagnóstico) after the profile: 15 one-tap questions in six areas,
 * scored into the five levels of the Uruguayan model, answered with a short result, a radar chart and
 * a peer comparison. Other features read the outcome as a {@link co.aliada.selfcheck.SelfCheckSummary}
 * (level, area levels, weak areas; kept under {@code selfcheck.*} in the chat state), and every finished
 * self-check is kept in the {@code selfcheck_result} table.
 */
@ApplicationModule(allowedDependencies = {"content", "conversation", "onboarding", "privacy"})
package co.aliada.selfcheck;

import org.springframework.modulith.ApplicationModule;
