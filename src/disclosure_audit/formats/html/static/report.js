// disclosure-audit report: filters and sorting of tables. Everything else works without JS.
(function () {
  "use strict";
  document.querySelectorAll("[data-js-only]").forEach(function (el) { el.hidden = false; });

  function applyFilters(table) {
    var controls = document.querySelectorAll('[data-filter-for="' + table.id + '"]');
    var rows = table.tBodies[0].rows, shown = 0;
    for (var i = 0; i < rows.length; i++) {
      var row = rows[i], visible = true;
      controls.forEach(function (select) {
        var want = select.value, field = select.getAttribute("data-field");
        if (!want) { return; }
        var have = (row.getAttribute("data-" + field) || "").split(" ");
        if (have.indexOf(want) < 0) { visible = false; }
      });
      row.hidden = !visible;
      if (visible) { shown++; }
    }
    var status = document.getElementById(table.id + "-shown");
    if (status) {
      status.textContent = status.getAttribute("data-template")
        .replace("{shown}", shown).replace("{total}", rows.length);
    }
  }

  function sortBy(table, th) {
    var index = Array.prototype.indexOf.call(th.parentNode.children, th);
    var numeric = th.getAttribute("data-type") === "num";
    var ascending = th.getAttribute("aria-sort") !== "ascending";
    var body = table.tBodies[0];
    var rows = Array.prototype.slice.call(body.rows);
    function key(row) {
      var cell = row.cells[index];
      var raw = cell.getAttribute("data-sort-value");
      if (raw === null) { raw = cell.textContent.trim(); }
      if (!numeric) { return raw; }
      var n = parseFloat(raw);
      return isNaN(n) ? -Infinity : n;
    }
    rows.sort(function (a, b) {
      var x = key(a), y = key(b);
      var order = numeric ? x - y : String(x).localeCompare(String(y), "zh-Hans-CN", {numeric: true});
      return ascending ? order : -order;
    });
    rows.forEach(function (row) { body.appendChild(row); });
    th.parentNode.querySelectorAll("th").forEach(function (other) { other.removeAttribute("aria-sort"); });
    th.setAttribute("aria-sort", ascending ? "ascending" : "descending");
  }

  document.querySelectorAll("table[data-sortable]").forEach(function (table) {
    table.querySelectorAll("thead th[data-type]").forEach(function (th) {
      var button = document.createElement("button");
      button.type = "button";
      button.className = "sort";
      while (th.firstChild) { button.appendChild(th.firstChild); }
      th.appendChild(button);
      button.addEventListener("click", function () { sortBy(table, th); });
    });
  });
  document.querySelectorAll("select[data-filter-for]").forEach(function (select) {
    var table = document.getElementById(select.getAttribute("data-filter-for"));
    select.addEventListener("change", function () { applyFilters(table); });
    applyFilters(table);
  });
}());
