/*! app.js (vite build) */
(function(){function l(){document.querySelectorAll('img[data-src]').forEach(function(i){if(i.getBoundingClientRect().top<innerHeight+200){i.src=i.dataset.src;i.removeAttribute('data-src')}})}addEventListener('scroll',l,{passive:true});addEventListener('DOMContentLoaded',l)})();
window.trackOutbound=function(u){(window.dataLayer=window.dataLayer||[]).push({event:'outbound',url:u})};
window.openGallery=function(id){console.log('gallery',id)};
