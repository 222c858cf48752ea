#!/usr/bin/env Rscript
# SPDX-License-Identifier: GPL-3.0-or-later
# Prints the reference numbers frozen into tests/test_kaplanmeier.cpp and tests/test_intervals.cpp
# (R 4.2.2, survival 3.5-3 from Debian's r-cran-survival). Run it to re-derive them:
#   Rscript scripts/analytics_reference.R
# No test runs R; a later scripts/analytics_crosscheck.R will compare whole programs.
suppressPackageStartupMessages(library(survival))
options(digits = 12)

curve <- function(title, fit) {
  cat("\n==", title, "==\n")
  s <- summary(fit)
  print(data.frame(time = s$time, n.risk = s$n.risk, n.event = s$n.event, surv = s$surv,
                   std.err = s$std.err, lower = s$lower, upper = s$upper))
  print(fit)
}

curve("aml", survfit(Surv(time, status) ~ 1, data = aml, conf.type = "log-log"))
w <- data.frame(t = c(2, 2, 3, 3, 3, 5, 6, 6, 7, 9, 10, 12, 12, 14, 15, 16, 18),
                e = c(1, 0, 1, 1, 0, 1, 0, 1, 1, 0, 1, 1, 0, 1, 0, 1, 0),
                w = c(1.5, 1, 0.5, 2, 1, 1, 1.25, 0.75, 1, 2, 1, 0.5, 1, 1, 1, 1.5, 1))
curve("weighted", survfit(Surv(t, e) ~ 1, data = w, weights = w, conf.type = "log-log", robust = FALSE))
curve("worked example", survfit(Surv(t, e) ~ 1, conf.type = "log-log",
      data = data.frame(t = c(10, 15, 20, 20, 60, 121), e = c(1, 1, 1, 1, 0, 0))))
curve("reaching zero", survfit(Surv(t, e) ~ 1, conf.type = "log-log",
      data = data.frame(t = c(1, 2, 3), e = c(1, 1, 1))))

cat("\n== Student t quantiles ==\n")
print(qt(0.975, c(1, 2, 5, 10, 30, 1000)))
print(qt(0.995, c(1, 3, 7.5)))
print(qt(0.975, c(1e4, 1e6, 1e7)))
print(qt(0.9999, c(0.5, 2.5)))
cat("\n== Regularized incomplete beta ==\n")
print(c(pbeta(0.9, 0.5, 3), pbeta(0.999, 50, 0.5)), digits = 15)
cat("\n== Wilson (prop.test without continuity correction) ==\n")
for (x in list(c(4, 6), c(0, 10), c(37, 50)))
  print(suppressWarnings(prop.test(x[1], x[2], correct = FALSE))$conf.int[1:2])
cat("\n== t interval of a mean ==\n")
print(t.test(c(2, 4, 4, 5, 7, 9))$conf.int[1:2])
print(t.test(c(1.5, 2.5))$conf.int[1:2])
