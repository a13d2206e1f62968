// Draws each <canvas data-chart> with Chart.js from the JSON the page put there (web/ChartData). The plain bars
// beside it (data-fallback names them) stay for screen readers and for browsers without scripts.
(function () {
    function draw() {
        if (!window.Chart) {
            return;
        }
        document.querySelectorAll('canvas[data-chart]').forEach(function (canvas) {
            if (window.Chart.getChart(canvas)) {
                return;
            }
            var spec = JSON.parse(canvas.getAttribute('data-chart'));
            // 'hbar': bars along the horizontal axis, one row per label
            spec.horizontal = spec.type === 'hbar';
            if (spec.horizontal) {
                spec.type = 'bar';
            }
            var colors = spec.colors && spec.colors.length === 1 ? spec.colors[0] : spec.colors;
            var scales = {};
            if (spec.type !== 'doughnut') {
                var valueAxis = {beginAtZero: true};
                if (spec.max !== null && spec.max !== undefined) {
                    valueAxis.max = spec.max;
                }
                scales = spec.horizontal ? {x: valueAxis} : {y: valueAxis};
            }
            new window.Chart(canvas, {
                type: spec.type,
                data: {
                    labels: spec.labels,
                    datasets: [{label: spec.label, data: spec.values, backgroundColor: colors, borderColor: colors,
                        spanGaps: false, tension: 0.2}]
                },
                options: {
                    animation: false,
                    responsive: true,
                    maintainAspectRatio: false,
                    indexAxis: spec.horizontal ? 'y' : 'x',
                    plugins: {legend: {display: spec.type === 'doughnut'}},
                    scales: scales
                }
            });
            canvas.parentElement.hidden = false;
            var fallback = document.getElementById(canvas.getAttribute('data-fallback'));
            if (fallback) {
                fallback.classList.add('visually-hidden');
            }
        });
    }
    if (document.readyState === 'loading') {
        document.addEventListener('DOMContentLoaded', draw);
    } else {
        draw();
    }
})();
