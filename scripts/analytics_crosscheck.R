#!/usr/bin/env Rscript
# SPDX-License-Identifier: GPL-3.0-or-later
# The independent check of MentorDesk's weighted Kaplan–Meier (tests/test_analyticscrosscheck.cpp):
# reads subjects from a CSV (header time,event,weight), fits
#   survfit(Surv(time, event) ~ 1, weights = weight, conf.type = "log-log", robust = FALSE)
# and prints one line per event time and one for the median with its interval:
#   step,<time>,<n.risk>,<n.event>,<surv>,<std.err>,<lower>,<upper>
#   median,<median>,<lower>,<upper>
# Numbers with 17 significant digits; NA where R has none. Usage:
#   Rscript scripts/analytics_crosscheck.R subjects.csv
suppressPackageStartupMessages(library(survival))
args <- commandArgs(trailingOnly = TRUE)
if (length(args) != 1) stop("usage: analytics_crosscheck.R SUBJECTS.csv")
subjects <- read.csv(args[1])
fit <- survfit(Surv(time, event) ~ 1, data = subjects, weights = weight, conf.type = "log-log", robust = FALSE)
s <- summary(fit)
number <- function(x) ifelse(is.na(x), "NA", sprintf("%.17g", x))
for (i in seq_along(s$time)) {
  cat("step", number(s$time[i]), number(s$n.risk[i]), number(s$n.event[i]), number(s$surv[i]),
      number(s$std.err[i]), number(s$lower[i]), number(s$upper[i]), sep = ",")
  cat("\n")
}
q <- quantile(fit, probs = 0.5, conf.int = TRUE)
cat("median", number(unname(q$quantile)), number(unname(q$lower)), number(unname(q$upper)), sep = ",")
cat("\n")
