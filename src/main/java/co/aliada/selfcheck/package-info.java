/**
 * The innovation self-check (autodiagnóstico) after the profile: 15 one-tap questions in six areas,
 * scored into the five levels of the Uruguayan model, answered with a short result, a radar chart and
 * a peer comparison. It leaves {@code selfcheck.level}, {@code selfcheck.area.<area>},
 * {@code selfcheck.weak}, {@code selfcheck.strong} and {@code selfcheck.done} in the chat state for the
 * other features, and every finished self-check in the {@code selfcheck_result} table.
 */
package co.aliada.selfcheck;
