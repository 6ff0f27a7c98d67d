package dev.northstar.beam;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.beam.runners.direct.DirectRunner;
import org.apache.beam.sdk.Pipeline;
import org.apache.beam.sdk.PipelineResult;
import org.apache.beam.sdk.metrics.MetricNameFilter;
import org.apache.beam.sdk.metrics.MetricQueryResults;
import org.apache.beam.sdk.metrics.MetricResult;
import org.apache.beam.sdk.metrics.MetricsFilter;
import org.apache.beam.sdk.options.PipelineOptions;
import org.apache.beam.sdk.options.PipelineOptionsFactory;
import org.apache.beam.sdk.transforms.DoFn;
import org.apache.beam.sdk.transforms.ParDo;
import org.apache.beam.sdk.values.PCollection;

/** Runs pipelines on the DirectRunner, in this JVM, and collects their outputs. */
final class Pipelines {

  private static final Map<String, List<Object>> SINK = new ConcurrentHashMap<>();

  private Pipelines() {}

  static Pipeline create() {
    PipelineOptions options = PipelineOptionsFactory.create();
    options.setRunner(DirectRunner.class);
    return Pipeline.create(options);
  }

  /** A handle on the elements a pipeline's PCollection will have once the pipeline has run. */
  static final class Collected<T> {
    private final String id;

    private Collected(String id) {
      this.id = id;
    }

    @SuppressWarnings("unchecked")
    List<T> elements() {
      return (List<T>) new ArrayList<>(SINK.getOrDefault(id, List.of()));
    }
  }

  static <T> Collected<T> collect(PCollection<T> values) {
    String id = UUID.randomUUID().toString();
    SINK.put(id, java.util.Collections.synchronizedList(new ArrayList<>()));
    values.apply("Collect " + id, ParDo.of(new Sink<T>(id)));
    return new Collected<>(id);
  }

  static PipelineResult run(Pipeline p) {
    PipelineResult result = p.run();
    result.waitUntilFinish();
    return result;
  }

  /** The sum of a KpiCombineFn counter over all steps. */
  static long counter(PipelineResult result, String name) {
    MetricQueryResults metrics =
        result
            .metrics()
            .queryMetrics(
                MetricsFilter.builder()
                    .addNameFilter(MetricNameFilter.named(KpiCombineFn.class, name))
                    .build());
    long sum = 0;
    for (MetricResult<Long> c : metrics.getCounters()) {
      sum += c.getAttempted();
    }
    return sum;
  }

  private static final class Sink<T> extends DoFn<T, Void> {
    private static final long serialVersionUID = 1L;
    private final String id;

    Sink(String id) {
      this.id = id;
    }

    @ProcessElement
    public void process(@Element T element) {
      SINK.get(id).add(element);
    }
  }
}
