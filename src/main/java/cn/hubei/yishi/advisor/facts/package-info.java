/**
 * The authoring vocabulary: the only types a DRL file in {@code rules/} may import.
 *
 * <p>The engine inserts {@link cn.hubei.yishi.advisor.facts.Answer} facts, one per answered
 * question. Rules insert {@link cn.hubei.yishi.advisor.facts.Ask},
 * {@link cn.hubei.yishi.advisor.facts.Applies}, {@link cn.hubei.yishi.advisor.facts.NotApplicable},
 * {@link cn.hubei.yishi.advisor.facts.Unmet}, {@link cn.hubei.yishi.advisor.facts.Requires},
 * {@link cn.hubei.yishi.advisor.facts.Flag} and {@link cn.hubei.yishi.advisor.facts.TimeLimit};
 * the engine reads the outcome from those facts only.
 * Keep these classes small and free of side effects: they are what policy staff program against.
 */
package cn.hubei.yishi.advisor.facts;
