// Placeholder entry until the viewer lands.
document.getElementById('app')!.textContent = 'kg viewer';
