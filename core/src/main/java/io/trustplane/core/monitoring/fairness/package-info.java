/**
 * Group fairness of a model's decisions per protected attribute, with fairlearn's definitions:
 * {@link io.trustplane.core.monitoring.fairness.FairnessAccumulator} counts per group (mergeable, serializable),
 * {@link io.trustplane.core.monitoring.fairness.FairnessReport} compares the groups (demographic parity,
 * disparate impact and the four-fifths rule, equal opportunity, equalized odds), and
 * {@link io.trustplane.core.monitoring.fairness.FairnessByAttribute} holds one accumulator per attribute;
 * docs/MONITORING.md, "Fairness".
 */
package io.trustplane.core.monitoring.fairness;
