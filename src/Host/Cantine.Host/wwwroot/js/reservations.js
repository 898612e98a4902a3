// Reservations grid (manual §3): live quantities and totals, and "tick a whole row / column" buttons.
// The page works without this file: the server recomputes everything on "Valider".
(function () {
  "use strict";

  function euros(cents) {
    return (cents / 100).toFixed(2).replace(".", ",") + "\u00a0€";
  }

  function boxes(scope) {
    return Array.prototype.slice.call(scope.querySelectorAll("input[type=checkbox]"));
  }

  function recompute(grid) {
    var grand = 0;
    grid.querySelectorAll("table[data-child]").forEach(function (table) {
      var childTotal = 0;
      var childQuantity = 0;
      table.querySelectorAll("tbody tr[data-service-row]").forEach(function (row) {
        // Each ticked box at its own day's price (a price may change within the period); a day with an empty
        // data-price (a closure, a day the service does not run) counts for nothing, as on the server.
        var prices = boxes(row).filter(function (b) { return b.checked; })
          .map(function (b) { return b.closest("td").getAttribute("data-price"); })
          .filter(function (price) { return price; });
        var quantity = prices.length;
        var total = prices.reduce(function (sum, price) { return sum + parseInt(price, 10); }, 0);
        row.querySelector("[data-quantity]").textContent = String(quantity);
        row.querySelector("[data-total]").textContent = euros(total);
        childTotal += total;
        childQuantity += quantity;
      });
      table.querySelector("[data-child-total]").textContent = euros(childTotal);
      var count = table.querySelector("[data-child-quantity]");
      if (count) {
        count.textContent = String(childQuantity);
      }
      grand += childTotal;
    });
    // The "Total Général" sits below the grid, in the page's bar with its buttons (_BookingGrandTotal).
    var output = (grid.closest("form") || document).querySelector("[data-grand-total]");
    if (output) {
      output.textContent = euros(grand);
    }
  }

  // Ticks every bookable box of the group, or unticks them all when they were all ticked already.
  function toggle(grid, group) {
    var enabled = group.filter(function (b) { return !b.disabled; });
    var allTicked = enabled.every(function (b) { return b.checked; });
    enabled.forEach(function (b) { b.checked = !allTicked; });
    recompute(grid);
  }

  function button(text, label, onClick) {
    var b = document.createElement("button");
    b.type = "button";
    b.className = "grid-toggle";
    b.textContent = text;
    b.setAttribute("aria-label", label);
    b.addEventListener("click", onClick);
    return b;
  }

  // At phone width each child's total stays just above the page's bar (position: sticky): it has to know how tall
  // the bar is, which changes with the text size and the wrapping of its buttons.
  function keepBarHeight(grid) {
    var bar = (grid.closest("form") || document).querySelector("[data-booking-bar]");
    if (!bar || typeof ResizeObserver === "undefined") {
      return;
    }
    new ResizeObserver(function () {
      document.documentElement.style.setProperty("--booking-bar-height", bar.offsetHeight + "px");
    }).observe(bar);
  }

  function enhance(grid) {
    grid.querySelectorAll("table[data-child]").forEach(function (table) {
      var child = table.querySelector("caption").textContent.trim();
      table.querySelectorAll("tbody tr[data-service-row]").forEach(function (row) {
        var cells = boxes(row);
        if (cells.some(function (b) { return !b.disabled; })) {
          var header = row.querySelector("th");
          var service = header.textContent.trim();
          header.appendChild(button("Tout", "Tout cocher ou décocher la ligne " + service + " de " + child, function () { toggle(grid, cells); }));
        }
      });
      var days = table.querySelectorAll("thead th[data-day]");
      if (days.length === 0) {
        return;
      }
      var footRow = document.createElement("tr");
      footRow.className = "grid-columns";
      var first = document.createElement("th");
      first.scope = "row";
      // "Column" means nothing where each service is a block of days (phone width): the same row says "day" there.
      [["grid-columns-wide", "Toute la colonne"], ["grid-columns-narrow", "Tout le jour"]].forEach(function (words) {
        var span = document.createElement("span");
        span.className = words[0];
        span.textContent = words[1];
        first.appendChild(span);
      });
      footRow.appendChild(first);
      days.forEach(function (dayHeader) {
        var day = dayHeader.getAttribute("data-day");
        var column = [];
        table.querySelectorAll("tbody td[data-day='" + day + "'] input[type=checkbox]").forEach(function (b) { column.push(b); });
        var cell = document.createElement("td");
        // The day written above the button where the columns are gone (site.css, phone width), as in the boxes.
        cell.setAttribute("data-label", dayHeader.querySelector("[aria-hidden]").textContent.trim());
        if (column.some(function (b) { return !b.disabled; })) {
          var name = dayHeader.querySelector(".sr-only").textContent.trim();
          cell.appendChild(button("Tout", "Tout cocher ou décocher la colonne du " + name + " de " + child, function () { toggle(grid, column); }));
        }
        footRow.appendChild(cell);
      });
      var rest = document.createElement("td");
      rest.colSpan = 3;
      footRow.appendChild(rest);
      table.querySelector("tfoot").insertBefore(footRow, table.querySelector("tfoot tr"));
    });
    keepBarHeight(grid);
    grid.addEventListener("change", function (event) {
      if (event.target && event.target.type === "checkbox") {
        recompute(grid);
      }
    });
  }

  document.querySelectorAll("[data-booking-grid]").forEach(enhance);
})();
