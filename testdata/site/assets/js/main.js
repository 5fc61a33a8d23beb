/* lazy images */
document.querySelectorAll("img[data-src]").forEach(function (i) { i.src = i.dataset.src; });
