// Adds each date's age beside it, "(3 years ago)", by the reader's clock, and keeps it current
// while the page is open. The pages carry only the date (time[data-age][datetime]): they are cached
// until the next import, so an age rendered on the server would be wrong a minute later.
"use strict";
(() => {
  const plural = (count, unit) => `${count} ${unit}${count === 1 ? "" : "s"} ago`;

  // The largest unit that fits: months of 30.44 days, years of 365.25 days.
  const describe = (milliseconds) => {
    const minutes = milliseconds / 60000;
    const hours = minutes / 60;
    const days = hours / 24;
    if (minutes < 1) return "just now";
    if (hours < 1) return plural(Math.floor(minutes), "minute");
    if (days < 1) return plural(Math.floor(hours), "hour");
    if (days < 2) return "yesterday";
    if (days < 31) return plural(Math.floor(days), "day");
    if (days < 365) return plural(Math.max(1, Math.floor(days / 30.44)), "month");
    return plural(Math.floor(days / 365.25), "year");
  };

  const show = () => {
    for (const time of document.querySelectorAll("time[data-age][datetime]")) {
      const then = Date.parse(time.dateTime);
      if (Number.isNaN(then)) continue;
      let age = time.nextElementSibling;
      if (!age || !age.classList.contains("age")) {
        age = document.createElement("span");
        age.className = "age";
        time.after(" ", age);
      }
      age.textContent = `(${describe(Date.now() - then)})`;
    }
  };

  show();
  setInterval(show, 60 * 1000);
})();
