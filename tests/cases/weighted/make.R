# Makes export.csv (seeded, with a weight column `gewicht`) and expected.csv for the golden case
# `weighted`, with R 4.2.2 and survey 4.1-1: weighted means as
# svymean(~y, svydesign(ids = ~1, weights = ~gewicht, data = <the group>), na.rm = TRUE) with
# confint(); weighted shares agreeing Σw·[y ≥ 4] / Σw with the Wilson interval on Kish's
# n_eff = (Σw)² / Σw²; differences of two weighted means with SE √(SE₁² + SE₂²), a z-test and
# p.adjust(method = "BH") over each region's comparisons. Run: Rscript make.R
library(survey)
set.seed(20261201)
n <- 160
d <- data.frame(
  id = sprintf("w%03d", 1:n),
  submitdate = "2026-11-01 10:00:00",
  rol = sample(c("inwoner", "professional"), n, replace = TRUE, prob = c(0.6, 0.4)),
  gemeente = sample(c("Leiden", "Katwijk", "Delft"), n, replace = TRUE, prob = c(0.4, 0.3, 0.3)),
  stringsAsFactors = FALSE)
pro <- d$rol == "professional"
d$gewicht <- round(exp(rnorm(n, 0, 0.5)) * ifelse(pro, 0.7, 1.3), 4)
likert <- function(shift) { x <- pmin(5, pmax(1, round(rnorm(n, 3 + shift + 0.6 * pro, 1)))); x[runif(n) < 0.08] <- 9; x }
d$C1 <- pmin(6, pmax(0, round(rnorm(n, 2, 1.2)))); d$C1[runif(n) < 0.1] <- 9
d$C2 <- pmin(6, pmax(0, d$C1 + round(rnorm(n, 1.5, 1)))); d$C2[runif(n) < 0.1] <- 9; d$C2[d$C1 == 9 & runif(n) < 0.5] <- 9
d$D1 <- likert(0); d$D2 <- likert(-0.4); d$D3 <- likert(0.3)
d$D2[5] <- NA; d$D3[6:7] <- NA
write.csv(d, "export.csv", row.names = FALSE, na = "", quote = FALSE)

k <- d
regions <- list(Noord = c("Leiden", "Katwijk"), Zuid = c("Delft"))
valid <- function(x, codes) ifelse(x %in% codes, x, NA)
for (v in c("D1", "D2", "D3")) k[[v]] <- valid(k[[v]], 1:5)
for (v in c("C1", "C2")) k[[v]] <- valid(k[[v]], 0:6)
k$rv <- apply(k[, c("D1", "D2", "D3")], 1, function(r) if (sum(!is.na(r)) >= 2) mean((r[!is.na(r)] - 1) / 4 * 100) else NA)
k$gap <- k$C2 - k$C1

rows <- list()
add <- function(region, group, indicator, item, x, est, lo, hi, p = NA, q = NA) {
  rows[[length(rows) + 1]] <<- data.frame(region, group, indicator, item, n = x, estimate = est, ci_low = lo, ci_high = hi, p_value = p, q_value = q)
}
wmean <- function(s, v) {
  des <- svydesign(ids = ~1, weights = ~gewicht, data = s)
  m <- svymean(as.formula(paste0("~", v)), des, na.rm = TRUE)
  list(n = sum(!is.na(s[[v]])), est = unname(coef(m)), se = unname(SE(m)), ci = unname(confint(m)))
}
wilson <- function(p, n, z = qnorm(0.975)) {
  centre <- (p + z^2 / (2 * n)) / (1 + z^2 / n)
  half <- z / (1 + z^2 / n) * sqrt(p * (1 - p) / n + z^2 / (4 * n^2))
  c(max(0, centre - half), min(1, centre + half))
}
wagree <- function(s, v) {
  a <- s[!is.na(s[[v]]), ]
  w <- a$gewicht; p <- sum(w * (a[[v]] >= 4)) / sum(w); neff <- sum(w)^2 / sum(w^2)
  ci <- wilson(p, neff)
  list(n = nrow(a), est = p, ci = ci)
}
in_regions <- function(names) k[k$gemeente %in% unlist(regions[names]), ]
for (name in c("all", names(regions))) {
  s <- if (name == "all") in_regions(names(regions)) else in_regions(name)
  for (v in c("D1", "D2", "D3")) {
    m <- wmean(s, v); add(name, "all", "weighted_mean", v, m$n, m$est, m$ci[1], m$ci[2])
    a <- wagree(s, v); add(name, "all", "weighted_share_agree", v, a$n, a$est, a$ci[1], a$ci[2])
  }
  m <- wmean(s, "rv"); add(name, "all", "weighted_index_score", "rv", m$n, m$est, m$ci[1], m$ci[2])
  m <- wmean(s, "gap"); add(name, "all", "weighted_ambitiekloof", "agenda", m$n, m$est, m$ci[1], m$ci[2])
  comps <- list()
  for (v in c("C1", "C2", "D1", "D2", "D3", "rv"))
    comps[[length(comps) + 1]] <- list("weighted_diff_residents_professionals", v, s[s$rol == "inwoner", ], s[s$rol == "professional", ])
  if (name != "all") {
    rest <- in_regions(setdiff(names(regions), name))
    for (v in c("D1", "D2", "D3", "rv")) comps[[length(comps) + 1]] <- list("weighted_diff_vs_rest", v, s, rest)
  }
  tests <- lapply(comps, function(c) {
    a <- wmean(c[[3]], c[[2]]); b <- wmean(c[[4]], c[[2]])
    d <- a$est - b$est; se <- sqrt(a$se^2 + b$se^2)
    list(n = a$n, d = d, lo = d - qnorm(0.975) * se, hi = d + qnorm(0.975) * se, p = 2 * pnorm(-abs(d / se)))
  })
  q <- p.adjust(sapply(tests, function(t) t$p), method = "BH")
  for (i in seq_along(comps)) {
    t <- tests[[i]]; c <- comps[[i]]
    add(name, "all", c[[1]], c[[2]], t$n, t$d, t$lo, t$hi, t$p, q[i])
  }
}
out <- do.call(rbind, rows)
write.csv(out, "expected.csv", row.names = FALSE, na = "")
