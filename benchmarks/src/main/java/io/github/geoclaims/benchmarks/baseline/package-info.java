/**
 * The current build of geoclaims against a baseline build (another commit's benchmarks jar), loaded side by side in
 * one JVM and measured in alternating JMH iterations: {@code benchmarks/run --baseline REV}.
 */
package io.github.geoclaims.benchmarks.baseline;
