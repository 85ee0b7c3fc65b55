#!/usr/bin/env python3
"""Where a crossing's time goes, from the span files the services write with Telemetry__TraceDirectory set
(deploy/bench-traces.sh). Prints the recording request's time split between the gateway, Crossings and PostgreSQL,
then the spans that take the most time overall (the asynchronous part included: the outbox relay's publishes, the
consumers and their queries). The last line is one JSON object."""
import json, os, sys
from collections import defaultdict

directory = sys.argv[1]
spans = []
for name in sorted(n for n in os.listdir(directory) if n.endswith(".jsonl")):
    with open(os.path.join(directory, name), encoding="utf-8") as f:
        for line in f:
            line = line.strip()
            if line:
                spans.append(json.loads(line))
by_id = {s["span"]: s for s in spans}
children = defaultdict(list)
for s in spans:
    if s["parent"]:
        children[s["parent"]].append(s)

def below(span):
    for child in children[span["span"]]:
        yield child
        yield from below(child)

def pct(values, p):
    values = sorted(values)
    return round(values[max(0, min(len(values) - 1, int(round(p / 100 * len(values) + 0.5)) - 1))], 1) if values else None

def short(service):
    return service.replace("BorderPost.", "")

# The recording request: Crossings' server span for POST /api/crossings, its parents at the gateway, its queries.
requests = []
for s in spans:
    if short(s["service"]) == "Crossings" and s["kind"] == "Server" and s["name"].startswith("POST /api/crossings") \
            and s["name"].rstrip("/") in ("POST /api/crossings",):
        gateway = by_id.get(s["parent"])
        gateway_server = by_id.get(gateway["parent"]) if gateway and gateway.get("parent") else None
        db = sum(c["ms"] for c in below(s) if short(c["service"]) == "Crossings" and c["kind"] == "Client"
                 and not c["name"].startswith(("POST", "GET")))
        requests.append({
            "total": gateway_server["ms"] if gateway_server else None,
            "crossings": s["ms"],
            "postgres": db,
            "queries": sum(1 for c in below(s) if c["kind"] == "Client"),
        })

result = {"spans": len(spans), "crossingRequests": len(requests)}
if requests:
    totals = [r["total"] for r in requests if r["total"] is not None]
    split = {
        "gatewayTotalMs": {"p50": pct(totals, 50), "p95": pct(totals, 95)},
        "crossingsMs": {"p50": pct([r["crossings"] for r in requests], 50), "p95": pct([r["crossings"] for r in requests], 95)},
        "postgresInCrossingsMs": {"p50": pct([r["postgres"] for r in requests], 50), "p95": pct([r["postgres"] for r in requests], 95)},
        "queriesPerCrossing": round(sum(r["queries"] for r in requests) / len(requests), 2),
    }
    mean = lambda key: sum(r[key] for r in requests if r[key] is not None) / max(1, sum(1 for r in requests if r[key] is not None))
    split["meanMs"] = {
        "gatewayAndNetwork": round(mean("total") - mean("crossings"), 1) if totals else None,
        "crossingsOwn": round(mean("crossings") - mean("postgres"), 1),
        "postgres": round(mean("postgres"), 1),
    }
    result["recording"] = split
    print("Recording a crossing (POST /api/crossings), %d requests:" % len(requests))
    for key, value in split.items():
        print("  %-24s %s" % (key, value))

groups = defaultdict(list)
for s in spans:
    groups[(short(s["service"]), s["kind"], s["name"][:70])].append(s["ms"])
top = sorted(groups.items(), key=lambda g: -sum(g[1]))[:25]
print("\nSpans by total time (service, kind, name: count, mean, p95, total ms):")
for (service, kind, name), values in top:
    print("  %-12s %-9s %-70s %7d %8.1f %8.1f %10.0f" % (service, kind, name, len(values), sum(values) / len(values), pct(values, 95), sum(values)))
result["top"] = [{"service": k[0], "kind": k[1], "name": k[2], "count": len(v), "meanMs": round(sum(v) / len(v), 2),
                  "p95Ms": pct(v, 95), "totalMs": round(sum(v))} for k, v in top[:10]]
print(json.dumps(result))
