//! A retry budget shared by many calls, in the style of the AWS SDKs' retry quota and gRPC's
//! retry throttling: every retry spends tokens, every success puts some back, so under a
//! sustained outage retries stop and errors come back at once, while occasional failures are
//! still retried.

/// The bucket's numbers.
#[derive(Clone, Debug, PartialEq)]
pub struct BudgetConfig {
    /// Tokens when full, and at the start.
    pub capacity: f64,
    /// What one retry spends.
    pub retry_cost: f64,
    /// What a call that succeeded without a retry puts back; one that succeeded after retries
    /// gets back what they spent, so a failure that recovers costs nothing in the end.
    pub refill: f64,
}

impl Default for BudgetConfig {
    /// The AWS SDKs' standard retry quota: 500 tokens, 5 a retry, 1 back a success. A full
    /// outage gets 100 retries from a full bucket, then none (1,000 calls send ≈ 1.1 requests
    /// each); at 10 % failures the refills outrun the spending and every retry is allowed.
    fn default() -> BudgetConfig {
        BudgetConfig {
            capacity: 500.0,
            retry_cost: 5.0,
            refill: 1.0,
        }
    }
}

#[derive(Clone, Debug, PartialEq)]
pub struct RetryBudget {
    config: BudgetConfig,
    tokens: f64,
}

impl RetryBudget {
    pub fn new(config: BudgetConfig) -> RetryBudget {
        RetryBudget {
            tokens: config.capacity.max(0.0),
            config,
        }
    }

    pub fn tokens(&self) -> f64 {
        self.tokens
    }

    /// Takes what a retry costs and returns it, or None (the bucket left as it was) when the
    /// bucket cannot pay.
    pub fn spend(&mut self) -> Option<f64> {
        let cost = self.config.retry_cost;
        if cost > self.tokens {
            return None;
        }
        self.tokens -= cost;
        Some(cost)
    }

    /// A call succeeded after spending `spent` on its retries: it puts back the refill, or
    /// what it spent when it spent anything, never above capacity.
    pub fn succeeded(&mut self, spent: f64) {
        let back = if spent > 0.0 {
            spent
        } else {
            self.config.refill
        };
        self.tokens = (self.tokens + back).min(self.config.capacity);
    }

    /// `calls` calls succeeded without a retry. The same as as many `succeeded(0.0)`, since
    /// refills only raise the level until it is capped; so a driver may count successes where
    /// they happen, without entering the module, and add them at its next use of the bucket.
    pub fn refilled(&mut self, calls: f64) {
        if calls > 0.0 {
            self.tokens = (self.tokens + calls * self.config.refill).min(self.config.capacity);
        }
    }

    pub fn config(&self) -> &BudgetConfig {
        &self.config
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn an_outage_drains_the_bucket_then_every_retry_is_refused() {
        let mut budget = RetryBudget::new(BudgetConfig::default());
        let allowed = (0..1000).filter(|_| budget.spend().is_some()).count();
        assert_eq!(allowed, 100);
        assert_eq!(budget.tokens(), 0.0);
        assert_eq!(budget.spend(), None);
    }

    #[test]
    fn successes_refill_up_to_capacity_and_recovered_calls_get_their_tokens_back() {
        let mut budget = RetryBudget::new(BudgetConfig::default());
        budget.succeeded(0.0);
        assert_eq!(budget.tokens(), 500.0, "never above capacity");
        let spent = budget.spend().unwrap_or(0.0) + budget.spend().unwrap_or(0.0);
        assert_eq!(budget.tokens(), 490.0);
        budget.succeeded(spent);
        assert_eq!(budget.tokens(), 500.0);
        for _ in 0..100 {
            budget.spend();
        }
        budget.succeeded(0.0);
        assert_eq!(budget.tokens(), 1.0);
        assert_eq!(budget.spend(), None, "one token does not pay for a retry");
    }

    #[test]
    fn successes_counted_together_refill_as_one_by_one() {
        let mut one_by_one = RetryBudget::new(BudgetConfig::default());
        for _ in 0..60 {
            one_by_one.spend();
        }
        let mut together = one_by_one.clone();
        for _ in 0..7 {
            one_by_one.succeeded(0.0);
        }
        together.refilled(7.0);
        assert_eq!(together, one_by_one);
        assert_eq!(together.tokens(), 207.0);
        together.refilled(1e9);
        assert_eq!(together.tokens(), 500.0, "never above capacity");
        together.refilled(0.0);
        assert_eq!(together.tokens(), 500.0);
    }

    #[test]
    fn occasional_failures_never_exhaust_it() {
        let mut budget = RetryBudget::new(BudgetConfig::default());
        // One call in ten fails once and then succeeds; the others succeed at once.
        for call in 0..10_000 {
            if call % 10 == 0 {
                let spent = budget.spend();
                assert!(spent.is_some(), "call {call} was refused its retry");
                budget.succeeded(spent.unwrap_or(0.0));
            } else {
                budget.succeeded(0.0);
            }
        }
    }
}
