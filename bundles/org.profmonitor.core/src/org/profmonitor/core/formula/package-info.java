/**
 * The indicator formula language: how an indicator (показатель) is computed from the data
 * elements collected from every organisation, for an organisation, a municipality or a region.
 *
 * <h2>Using it</h2>
 * {@link org.profmonitor.core.formula.Formula#parse(String) Formula.parse} reads a formula (or
 * throws a {@link org.profmonitor.core.formula.FormulaSyntaxException} with the position of the
 * first syntax error); {@link org.profmonitor.core.formula.FormulaChecker} checks it against the
 * data elements and indicators of an indicator set
 * ({@link org.profmonitor.core.formula.FormulaEnvironment}) and reports every problem with its
 * position; {@link org.profmonitor.core.formula.FormulaEvaluator} computes it over the
 * organisations of a unit ({@link org.profmonitor.core.formula.UnitData});
 * {@link org.profmonitor.core.formula.FormulaFormat} shows the result ("71,4 %", "5 из 7").
 * Messages are in Russian, with English for other locales. A formula is data, never code: there
 * is no way to call Java, a script engine or anything outside this package from it.
 *
 * <h2>Examples (Сонковский район, 2022)</h2>
 * <table>
 * <caption>Formulas for the indicators of seed 000</caption>
 * <tr><th>indicator</th><th>formula</th><th>value</th></tr>
 * <tr><td>schools doing career guidance regularly, by a plan</td>
 *     <td>{@code orgshare(regular_plan = 1)}</td><td>5 из 7 = 71,4 %</td></tr>
 * <tr><td>schools working with local enterprises</td>
 *     <td>{@code count(enterprise_contracts > 0)}</td><td>4 (из 7)</td></tr>
 * <tr><td>grade-11 graduates admitted to universities</td>
 *     <td>{@code share(grads11_vuz, grads11)}</td><td>14 из 22 = 63,6 %</td></tr>
 * <tr><td>… to universities or colleges</td>
 *     <td>{@code share(grads11_vuz + grads11_spo, grads11)}</td><td>21 из 22 = 95,5 %</td></tr>
 * <tr><td>change of coverage against last year, percentage points</td>
 *     <td>{@code @IND_1_1 - prev(@IND_1_1)}</td><td></td></tr>
 * </table>
 *
 * <h2>Grammar</h2>
 * <pre>
 * formula        = expression
 * expression     = and { "or" and }
 * and            = not { "and" not }
 * not            = "not" not | comparison
 * comparison     = additive [ ( "=" | "&lt;&gt;" | "&lt;" | "&lt;=" | "&gt;" | "&gt;=" ) additive ]
 * additive       = multiplicative { ( "+" | "-" ) multiplicative }
 * multiplicative = unary { ( "*" | "/" ) unary }
 * unary          = "-" unary | primary
 * primary        = number | element | indicator | call | "(" expression ")"
 * call           = name "(" [ expression { "," expression } ] ")"
 * number         = digit { digit } [ "." digit { digit } ]        e.g. 100, 0.5 (never 0,5)
 * element        = name                                          e.g. grads11_vuz
 * indicator      = "@" code                                      e.g. @IND_1_2, @IND_1.2
 * name           = (letter | "_") { letter | digit | "_" }
 * code           = { letter | digit | "_" | "." } (a dot only between other characters)
 * </pre>
 * <ul>
 * <li>Operators from weakest to strongest: {@code or}; {@code and}; {@code not}; comparisons
 * (which cannot be chained: write {@code a > 0 and a < 10}); {@code + -}; {@code * /}; unary
 * {@code -}. Operators of one level group from the left: {@code a - b - c} is
 * {@code (a - b) - c}.</li>
 * <li>Keywords and function names are case-insensitive; {@code and or not} may also be written
 * {@code и или не}. Data element and indicator codes are case-sensitive.</li>
 * <li>Also accepted, because they come from office documents: {@code ==} for {@code =};
 * {@code !=} and {@code ≠} for {@code <>}; {@code ≤ ≥}; the minus sign and the en dash for
 * {@code -}; no-break spaces and line breaks as spaces.</li>
 * <li>The comma only separates arguments, so decimals are written with a point:
 * {@code share(a, 1,5)} is a share with three arguments, an error.</li>
 * </ul>
 *
 * <h2>Values: per organisation and per unit</h2>
 * A data element ({@code grads11}) is a value of each organisation. A formula's result is a value
 * of the unit, so elements are used inside these functions, which go over the organisations:
 * <dl>
 * <dt>{@code sum(x)}</dt>
 * <dd>Σ of the per-organisation number {@code x} (e.g. {@code grads9_10 + grads9_spo}).</dd>
 * <dt>{@code share(n, d)}</dt>
 * <dd>Σ n / Σ d × 100, a percentage. Never an average of the organisations' percentages: with
 * 1 of 10, 2 of 10 and 3 of 80 the share is 6 of 100 = 6 %. {@code n} and {@code d} are
 * per-organisation numbers (summed) or unit values such as {@code sum(…)} and {@code count(…)};
 * {@code share(a, b)} and {@code share(sum(a), sum(b))} are the same. Both must be of the same
 * kind: counts of people over counts of people, organisations over organisations, decimals over
 * decimals, percentages over percentages.</dd>
 * <dt>{@code count(c)}</dt>
 * <dd>The number of organisations meeting the per-organisation condition {@code c}, e.g.
 * {@code count(enterprise_contracts > 0)}. Its numerator and denominator are the organisations
 * meeting it and those reporting, so it can be shown as "4 из 7".</dd>
 * <dt>{@code orgshare(c)}</dt>
 * <dd>The percentage of reporting organisations meeting {@code c}: 5 of 7 schools = 71,4 %.</dd>
 * <dt>{@code prev(x)}</dt>
 * <dd>The unit value {@code x} in the previous campaign of the same indicator set, e.g.
 * {@code @IND_1_1 - prev(@IND_1_1)}. It cannot be nested, not even through an indicator that
 * uses prev() itself: only one previous campaign is at hand.</dd>
 * <dt>{@code @CODE}</dt>
 * <dd>The value of another indicator of the set for the same unit. Indicators may not refer to
 * each other in a circle.</dd>
 * </dl>
 * Conditions are comparisons of per-organisation numbers, joined by {@code and}, {@code or},
 * {@code not} and parentheses. A yes/no (FLAG) element holds 0 or 1 and is compared with 0 or 1
 * only ({@code regular_plan = 1}); {@code sum()} of a FLAG counts the organisations answering
 * yes. Numbers are combined with {@code + - * /} where it makes sense: a count of people and a
 * count of organisations, or a percentage and a count, cannot be added; a literal combines with
 * anything.
 *
 * <h2>Result types</h2>
 * share() and orgshare() give a {@link org.profmonitor.core.formula.ResultType#PERCENT PERCENT};
 * sum() of counts and count() give a {@code COUNT}; decimals and divisions give a {@code NUMBER}.
 * A difference of percentages (a change in percentage points) is a {@code PERCENT}.
 *
 * <h2>Missing figures (не представленные данные)</h2>
 * An organisation may leave a figure out. The rules, the same everywhere:
 * <ul>
 * <li>{@code sum(x)} adds up the organisations for which {@code x} can be computed, i.e. that
 * reported every element of {@code x} (and where no division by zero occurs).</li>
 * <li>{@code share(n, d)} takes only the organisations that reported every element of both
 * {@code n} and {@code d}, for numerator and denominator alike: an organisation that reported
 * its admitted graduates but not its graduates is left out of both, so it cannot push the share
 * over 100 %.</li>
 * <li>An organisation is <em>reporting</em> for a condition when it reported every element the
 * condition uses, even if {@code or} could have decided without one. {@code count} and
 * {@code orgshare} count among reporting organisations only.</li>
 * <li>Indicators ({@code @CODE}) and {@code prev()} keep their own values: a share around them
 * does not narrow the organisations they are computed over. {@code prev()} works on the
 * organisations of the previous campaign.</li>
 * <li>When nobody reported, a denominator is 0, or a division by zero happens at unit level, the
 * result has no value ({@link org.profmonitor.core.formula.FormulaResult.Status#NO_DATA
 * NO_DATA}, shown "нет данных"); a share still tells its numerator and denominator. Non-finite
 * figures are treated as missing; results are never NaN or infinite.</li>
 * </ul>
 */
package org.profmonitor.core.formula;
