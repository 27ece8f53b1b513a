package main

import (
	"net/http"

	"github.com/prometheus/client_golang/prometheus"
	"github.com/prometheus/client_golang/prometheus/collectors"
	"github.com/prometheus/client_golang/prometheus/promhttp"

	"github.com/briefbot/briefbot/bot/discord"
	"github.com/briefbot/briefbot/index"
)

// metrics are briefbot's Prometheus metrics, on a registry of their own.
type metrics struct {
	reg     *prometheus.Registry
	served  *prometheus.CounterVec
	errors  *prometheus.CounterVec
	latency *prometheus.HistogramVec
	first   *prometheus.HistogramVec
}

var _ discord.Observer = (*metrics)(nil)

func newMetrics(ix *index.Index) *metrics {
	m := &metrics{
		reg: prometheus.NewRegistry(),
		served: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_interactions_total", Help: "Interactions served, by kind, command and outcome.",
		}, []string{"kind", "command", "outcome"}),
		errors: prometheus.NewCounterVec(prometheus.CounterOpts{
			Name: "briefbot_errors_total", Help: "Interactions that failed on briefbot's side (not the user's), by kind and command.",
		}, []string{"kind", "command"}),
		latency: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "briefbot_interaction_seconds", Help: "Time from receiving an interaction to its final reply.",
			Buckets: []float64{.005, .01, .025, .05, .1, .25, .5, 1, 2.5, 5, 10, 30, 60, 300},
		}, []string{"kind", "command"}),
		first: prometheus.NewHistogramVec(prometheus.HistogramOpts{
			Name: "briefbot_first_response_seconds", Help: "Time from receiving an interaction to its first response (Discord allows 3 s).",
			Buckets: []float64{.001, .0025, .005, .01, .025, .05, .1, .25, .5, 1, 2, 2.5, 3},
		}, []string{"kind"}),
	}
	m.reg.MustRegister(m.served, m.errors, m.latency, m.first,
		collectors.NewGoCollector(), collectors.NewProcessCollector(collectors.ProcessCollectorOpts{}),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "briefbot_index_articles", Help: "Articles in the shared corpus index."},
			func() float64 { return float64(ix.Status("").Articles) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "briefbot_index_passages", Help: "Searchable passages in the shared corpus index."},
			func() float64 { return float64(ix.Status("").Passages) }),
		prometheus.NewGaugeFunc(prometheus.GaugeOpts{Name: "briefbot_index_last_indexed_timestamp_seconds", Help: "When the index was last brought up to date."},
			func() float64 {
				t := ix.Status("").LastIndexed
				if t.IsZero() {
					return 0
				}
				return float64(t.Unix())
			}),
	)
	return m
}

// Observe records one interaction.
func (m *metrics) Observe(ev discord.Event) {
	m.served.WithLabelValues(ev.Kind, ev.Command, ev.Outcome).Inc()
	if ev.Outcome == "error" || ev.Outcome == "panic" {
		m.errors.WithLabelValues(ev.Kind, ev.Command).Inc()
	}
	if ev.Total > 0 {
		m.latency.WithLabelValues(ev.Kind, ev.Command).Observe(ev.Total.Seconds())
	}
	if ev.First > 0 {
		m.first.WithLabelValues(ev.Kind).Observe(ev.First.Seconds())
	}
}

// handler serves /metrics and /healthz; healthy reports problems.
func (m *metrics) handler(healthy func() error) http.Handler {
	mux := http.NewServeMux()
	mux.Handle("GET /metrics", promhttp.HandlerFor(m.reg, promhttp.HandlerOpts{}))
	mux.HandleFunc("GET /healthz", func(w http.ResponseWriter, r *http.Request) {
		if err := healthy(); err != nil {
			http.Error(w, err.Error(), http.StatusServiceUnavailable)
			return
		}
		w.Write([]byte("ok\n"))
	})
	return mux
}
