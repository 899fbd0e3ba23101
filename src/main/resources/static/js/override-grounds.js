// The override form lists, for every subject the run did not find qualified, the legal reason adding
// it would set aside. With scripts only the chosen subject's reason shows; without them, all do.
document.addEventListener('DOMContentLoaded', function () {
  var select = document.getElementById('override-subject');
  var grounds = document.querySelectorAll('.override-ground');
  if (!select || !grounds.length) {
    return;
  }
  function show() {
    grounds.forEach(function (g) {
      g.hidden = g.getAttribute('data-subject') !== select.value;
    });
  }
  select.addEventListener('change', show);
  show();
});
