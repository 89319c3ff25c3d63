/* The az-tr-relations explorer: timeline, filters, list and record panel, built from the page's
   data block (written by az_tr_relations/explore/_payload.py). It knows no record type: fields,
   references, dates, lanes and colours come from the data. It makes no request and stores nothing. */
(function () {
  "use strict";

  var data = JSON.parse(document.getElementById("explorer-data").textContent);
  var records = data.records;
  var collections = data.collections;
  var DAY = 86400000;
  var PRECISION = { 4: "year", 7: "month", 10: "day" };
  var order = Object.keys(collections);

  /* Text and elements ------------------------------------------------------------------ */

  /* Lower case, no diacritics: the package's own folding (az_tr_relations._text.fold). */
  function fold(text) {
    var mapped = "";
    for (var ch of String(text).trim().toLowerCase()) {
      mapped += Object.prototype.hasOwnProperty.call(data.fold, ch) ? data.fold[ch] : ch;
    }
    return mapped.normalize("NFKD").replace(/\p{M}/gu, "");
  }

  function escapeHtml(text) {
    return String(text).replace(/[&<>"']/g, function (ch) {
      return { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" }[ch];
    });
  }

  /* An element with attributes (`text` sets its text, `class` its class) and children. */
  function el(tag, attributes, children) {
    var node = document.createElement(tag);
    Object.keys(attributes || {}).forEach(function (name) {
      var value = attributes[name];
      if (name === "text") node.textContent = value;
      else if (name === "class") node.className = value;
      else node.setAttribute(name, value);
    });
    (children || []).forEach(function (child) {
      if (child !== null && child !== undefined) node.append(child);
    });
    return node;
  }

  function kindClass(collection) {
    return "c" + order.indexOf(collection);
  }

  function recordLink(id) {
    var record = records[id];
    return record ? el("a", { href: "#" + encodeURIComponent(id), text: record.label }) : el("span", { text: id });
  }

  function externalLink(url, text) {
    return /^https?:\/\//.test(url) ? el("a", { href: url, target: "_blank", rel: "noopener noreferrer", text: text }) : el("span", { text: text });
  }

  /* Colours of the registry, one class per collection. */
  var colours = order
    .filter(function (name) { return collections[name].colour; })
    .map(function (name) { return "." + kindClass(name) + "{--kind:" + collections[name].colour + "}"; });
  document.head.append(el("style", { text: colours.join("\n") }));

  /* Timeline items ---------------------------------------------------------------------- */

  function searchText(item, record) {
    var words = [item.id, record.label, item.describe, item.when];
    (function collect(value) {
      if (typeof value === "string") words.push(value);
      else if (Array.isArray(value)) value.forEach(collect);
      else if (value && typeof value === "object") {
        Object.keys(value).forEach(function (key) { if (key !== "citations") collect(value[key]); });
      }
    })(record.values);
    item.related.forEach(function (id) { if (records[id]) words.push(records[id].label); });
    return fold(words.join(" "));
  }

  /* A span of three months or more is a bar from its first to its last possible day; a single
     date or a shorter span a dot in the middle of its days (hollow when a date is known to the
     month or year only), so that its label stays legible. */
  var BAR = 92 * DAY;
  var LABEL = 32;

  /* A label short enough not to push its neighbours down the lane; the tooltip has it all. */
  function clip(text) {
    return text.length > LABEL ? text.slice(0, LABEL - 1).trimEnd() + "…" : text;
  }
  var items = data.timeline.map(function (item, index) {
    var record = records[item.id];
    var precise = item.start.length === 10 && (item.end === null || item.end.length === 10);
    var first = Date.parse(item.first);
    var after = Date.parse(item.last) + DAY;
    var bar = item.end !== null && after - first >= BAR;
    var entry = {
      id: item.id,
      index: index,
      group: item.lane,
      collection: record.collection,
      type: bar ? "range" : "point",
      start: bar ? first : (first + after) / 2,
      className: kindClass(record.collection) + (precise ? "" : " imprecise"),
      text: clip(item.short) + (item.when_inferred ? " *" : ""),
      title: escapeHtml(item.describe + " (" + item.when + (item.when_inferred ? ", date inferred" : "") + ")"),
      first: item.first,
      last: item.last,
      when: item.when,
      whenInferred: item.when_inferred,
      describe: item.describe,
      related: item.related,
      search: searchText(item, record),
    };
    if (bar) entry.end = after;
    return entry;
  });
  var byId = {};
  items.forEach(function (item) { byId[item.id] = item; });

  /* Filters ------------------------------------------------------------------------------ */

  var form = document.getElementById("filters");
  var typeBoxes = {};
  var laneCollections = [];
  data.lanes.forEach(function (lane) {
    if (laneCollections.indexOf(lane.collection) < 0) laneCollections.push(lane.collection);
  });
  laneCollections.forEach(function (collection) {
    var box = el("input", { type: "checkbox", value: collection });
    box.checked = box.defaultChecked = true;
    typeBoxes[collection] = box;
    var label = el("label", { class: kindClass(collection) }, [box, el("span", { class: "swatch" }), " " + collection.replace(/_/g, " ")]);
    document.getElementById("types").append(label);
  });

  var selects = {};
  data.filters.forEach(function (collection) {
    var counts = {};
    items.forEach(function (item) {
      item.related.forEach(function (id) {
        if (records[id] && records[id].collection === collection) counts[id] = (counts[id] || 0) + 1;
      });
    });
    var select = document.getElementById("filter-" + collection);
    Object.keys(counts)
      .sort(function (a, b) { return records[a].label.localeCompare(records[b].label); })
      .forEach(function (id) {
        select.append(el("option", { value: id, text: records[id].label + " (" + counts[id] + ")" }));
      });
    selects[collection] = select;
  });

  var years = items.map(function (item) { return Number(item.first.slice(0, 4)); });
  var lastYear = items.length ? Math.max.apply(null, items.map(function (item) { return Number(item.last.slice(0, 4)); })) : 2000;
  var yearFrom = document.getElementById("year-from");
  var yearTo = document.getElementById("year-to");
  if (items.length) {
    yearFrom.placeholder = yearFrom.min = yearTo.min = Math.min.apply(null, years);
    yearTo.placeholder = yearFrom.max = yearTo.max = lastYear;
  }
  var uncertain = document.getElementById("uncertain");
  var search = document.getElementById("search");

  function year(input) {
    var text = input.value.trim();
    if (text === "") return { value: null };
    if (!/^\d{1,4}$/.test(text) || Number(text) < 1) {
      return { error: "“" + text + "” is not a year: give one like " + lastYear };
    }
    return { value: Number(text) };
  }

  function pad(number) {
    return ("000" + number).slice(-4);
  }

  /* What the form asks for, or the reason no record can match. */
  function readState() {
    var from = year(yearFrom);
    var to = year(yearTo);
    var error = from.error || to.error || null;
    if (!error && from.value !== null && to.value !== null && from.value > to.value) {
      error = "From " + from.value + " is after to " + to.value + ": no record can match";
    }
    var chosen = {};
    data.filters.forEach(function (collection) { if (selects[collection].value) chosen[collection] = selects[collection].value; });
    return {
      error: error,
      types: laneCollections.filter(function (collection) { return typeBoxes[collection].checked; }),
      chosen: chosen,
      low: from.value === null ? null : pad(from.value) + "-01-01",
      high: to.value === null ? null : pad(to.value) + "-12-31",
      uncertain: uncertain.checked,
      words: fold(search.value).split(/\s+/).filter(Boolean),
    };
  }

  /* Years as the queries take them: the record's whole span inside (visits_between), or with
     "may fall in them" any overlap (uncertain=True). */
  function matches(item, state) {
    if (state.error || state.types.indexOf(item.collection) < 0) return false;
    for (var collection in state.chosen) {
      if (item.related.indexOf(state.chosen[collection]) < 0) return false;
    }
    if (state.uncertain) {
      if (state.low !== null && item.last < state.low) return false;
      if (state.high !== null && item.first > state.high) return false;
    } else {
      if (state.low !== null && item.first < state.low) return false;
      if (state.high !== null && item.last > state.high) return false;
    }
    return state.words.every(function (word) { return item.search.indexOf(word) >= 0; });
  }

  /* The timeline ---------------------------------------------------------------------------- */

  /* The window showing `shown`; early records cut off from most of the others by more than ten
     years and more than all that follows (1918 would squeeze a century into one corner) are
     left out. "Fit" shows them all. */
  var DECADE = 3652 * DAY;

  function window_(shown) {
    var starts = shown.map(function (item) { return item.start; }).sort(function (a, b) { return a - b; });
    var end = Math.max.apply(null, shown.map(function (item) { return item.end || item.start; }));
    var widest = 0;
    for (var j = 1; j < starts.length; j++) {
      if (starts[j] - starts[j - 1] > (widest ? starts[widest] - starts[widest - 1] : 0)) widest = j;
    }
    var gap = widest ? starts[widest] - starts[widest - 1] : 0;
    var cut = widest > 0 && widest <= starts.length / 2 && gap > DECADE && gap > end - starts[widest];
    var start = starts[cut ? widest : 0];
    var width = Math.max(end - start, 90 * DAY);
    return { start: start - width / 40, end: end + width / 8 };  /* room for the last labels */
  }

  var state = readState();
  var itemSet = new vis.DataSet(items);
  var view = new vis.DataView(itemSet, { filter: function (item) { return matches(item, state); } });
  var groups = new vis.DataSet(
    data.lanes.map(function (lane, index) {
      return {
        id: lane.name,
        order: index,
        className: kindClass(lane.collection),
        content: el("span", {}, [el("span", { class: "swatch" }), " " + lane.name]),
      };
    })
  );
  var initial = items.length ? window_(items) : { start: Date.UTC(1990, 0, 1), end: Date.UTC(2030, 0, 1) };
  var timeline = new vis.Timeline(document.getElementById("timeline"), view, groups, {
    start: initial.start,
    end: initial.end,
    groupOrder: "order",
    stack: true,
    maxHeight: "80vh",
    verticalScroll: true,
    orientation: { axis: "top", item: "top" },
    zoomMin: 7 * DAY,
    zoomMax: 200 * 365 * DAY,
    showCurrentTime: false,
    margin: { item: { horizontal: 2, vertical: 3 } },
    tooltip: { followMouse: true, overflowMethod: "cap" },
    moment: function (date) { return vis.moment(date).utc(); },
    template: function (item) {
      return el("span", { "data-record": item.id, text: item.text });
    },
  });

  function showWindow() {
    var shown = view.get();
    if (!shown.length) return;
    var range = window_(shown);
    timeline.setWindow(range.start, range.end, { animation: false });
  }

  /* The list and the status ------------------------------------------------------------------ */

  var list = document.getElementById("records");
  var status = document.getElementById("status");

  function renderList(shown) {
    list.replaceChildren.apply(
      list,
      shown.map(function (item) {
        return el("li", { "data-record": item.id, class: kindClass(item.collection) }, [
          el("a", { href: "#" + encodeURIComponent(item.id) }, [
            el("span", { class: "when", text: item.when + (item.whenInferred ? " *" : "") }),
            el("span", { class: "kind" }, [el("span", { class: "swatch" }), " " + item.collection.replace(/_/g, " ")]),
            el("span", { class: "what", text: item.describe }),
          ]),
        ]);
      })
    );
  }

  function apply() {
    state = readState();
    view.refresh();
    var shown = view.get({ order: "index" });
    renderList(shown);
    var lanesShown = {};
    shown.forEach(function (item) { lanesShown[item.group] = true; });
    groups.update(data.lanes.map(function (lane) { return { id: lane.name, visible: Boolean(lanesShown[lane.name]) }; }));
    status.classList.toggle("error", Boolean(state.error));
    status.textContent = state.error || "Showing " + shown.length + " of " + items.length + " dated records";
    showWindow();
  }

  form.addEventListener("input", apply);
  form.addEventListener("change", apply);
  form.addEventListener("submit", function (event) { event.preventDefault(); });
  form.addEventListener("reset", function (event) {
    event.preventDefault();
    search.value = yearFrom.value = yearTo.value = "";
    uncertain.checked = false;
    Object.keys(typeBoxes).forEach(function (collection) { typeBoxes[collection].checked = true; });
    Object.keys(selects).forEach(function (collection) { selects[collection].value = ""; });
    apply();
  });
  document.getElementById("fit").addEventListener("click", function () { timeline.fit({ animation: false }); });
  document.getElementById("zoom-in").addEventListener("click", function () { timeline.zoomIn(0.5, { animation: false }); });
  document.getElementById("zoom-out").addEventListener("click", function () { timeline.zoomOut(0.5, { animation: false }); });

  /* The record panel ----------------------------------------------------------------------- */

  function value(facts, held) {
    if (held === null || held === undefined || (Array.isArray(held) && !held.length)) return "—";
    if (Array.isArray(held)) {
      if (facts.nested) {
        return el("ul", { class: "nested" }, held.map(function (item) { return el("li", {}, nestedRow(facts.nested, item)); }));
      }
      var parts = [];
      held.forEach(function (item, index) {
        if (index) parts.push(", ");
        parts.push(value(facts, item));
      });
      return el("span", {}, parts);
    }
    if (facts.ref) return recordLink(held);
    if (facts.date) return held + " (" + PRECISION[held.length] + ")";
    if (typeof held === "string" && /^https?:\/\//.test(held)) return externalLink(held, held);
    return String(held);
  }

  function nestedRow(fields, item) {
    var parts = [];
    fields.forEach(function (facts) {
      var held = item[facts.name];
      if (held === null || held === undefined) return;
      if (parts.length) parts.push("; ");
      parts.push(el("span", { class: "name", text: facts.name + " " }), value(facts, held));
    });
    return parts;
  }

  function fieldsTable(record, fixes) {
    var corrected = fixes.map(function (fix) { return records[fix.id].values.field; });
    var rows = collections[record.collection].fields
      .filter(function (facts) { return facts.name !== "citations"; })
      .map(function (facts) {
        var inferred = record.inferred.indexOf(facts.name) >= 0;
        return el("tr", {}, [
          el("th", { scope: "row" }, [
            facts.name,
            inferred ? el("span", { class: "inferred", title: data.meta.inferred, text: " *" }) : null,
          ]),
          el("td", {}, [
            value(facts, record.values[facts.name]),
            corrected.indexOf(facts.name) >= 0 ? el("span", { class: "badge", text: "corrected" }) : null,
          ]),
        ]);
      });
    return el("table", { class: "fields" }, [el("tbody", {}, rows)]);
  }

  function correctionsList(fixes) {
    return el(
      "ol",
      { class: "corrections" },
      fixes.map(function (fix) {
        var held = records[fix.id].values;
        return el("li", { "data-correction": fix.id }, [
          el("strong", { text: held.field }),
          ": published ",
          el("code", { class: "published", text: held.published }),
          " (" + fix.whose + "), corrected to ",
          el("code", { class: "corrected", text: held.corrected }),
          held.note ? el("p", { class: "note", text: held.note }) : null,
          el("p", { class: "more" }, [el("a", { href: "#" + encodeURIComponent(fix.id), text: "the correction and its sources" })]),
        ]);
      })
    );
  }

  function citationsList(citations) {
    return el(
      "ol",
      { class: "citations" },
      citations.map(function (citation) {
        var source = records[citation.source];
        var title = source ? source.values.title : citation.source;
        var url = source ? source.values.url : null;
        return el("li", {}, [
          url ? externalLink(url, title) : el("span", { text: title }),
          ", ",
          el("span", { class: "locator", text: citation.locator }),
          " (source ",
          el("a", { href: "#" + encodeURIComponent(citation.source) }, [el("code", { text: citation.source })]),
          ")",
          citation.inferred ? el("span", { class: "badge inferred-badge", text: "inferred" }) : null,
          el("p", { class: "for", text: "for: " + (citation.fields.length ? citation.fields.join(", ") : "the whole record") }),
          citation.note ? el("p", { class: "note", text: citation.note }) : null,
        ]);
      })
    );
  }

  var panel = document.getElementById("record");

  function showRecord(id) {
    var record = records[id];
    if (!record) {
      panel.replaceChildren(el("p", { class: "error", text: "No record with the id “" + id + "” in data " + data.meta.version + "." }));
      return;
    }
    var fixes = data.corrections[id] || [];
    var item = byId[id];
    var citations = record.values.citations || null;
    panel.replaceChildren.apply(panel, [
      el("h2", { class: kindClass(record.collection), text: record.label }),
      el("p", { class: "kind" }, [
        collections[record.collection].type + " in " + record.collection.replace(/_/g, " ") + " · ",
        el("code", { text: id }),
        item ? " · " + item.when + (item.whenInferred ? " (date inferred)" : "") : null,
      ]),
      fieldsTable(record, fixes),
      fixes.length ? el("h3", { text: "Corrections (the value published, and the one the dataset holds)" }) : null,
      fixes.length ? correctionsList(fixes) : null,
      citations ? el("h3", { text: "Citations" }) : null,
      citations ? citationsList(citations) : null,
      record.inferred.length ? el("p", { class: "footnote", text: data.meta.inferred }) : null,
    ].filter(Boolean));
    list.querySelectorAll("[aria-current]").forEach(function (row) { row.removeAttribute("aria-current"); });
    var row = list.querySelector('[data-record="' + CSS.escape(id) + '"]');
    if (row) row.setAttribute("aria-current", "true");
    timeline.setSelection(item && view.get(id) ? [id] : []);
  }

  function route() {
    var id = decodeURIComponent(location.hash.slice(1));
    if (id) showRecord(id);
  }

  timeline.on("select", function (properties) {
    if (properties.items.length) location.hash = encodeURIComponent(properties.items[0]);
  });
  window.addEventListener("hashchange", route);

  apply();
  route();

  /* For tests and curious readers: the timeline, its items and what is shown. */
  window.explorer = {
    timeline: timeline,
    items: itemSet,
    view: view,
    shown: function () { return view.getIds(); },
    fold: fold,
    showRecord: showRecord,
    ready: true,
  };
})();
