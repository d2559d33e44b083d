package command

import "ideale-ambtenaar/domain/results"

// progressStore is where the quiz keeps progress: the user's cache folder.
// It returns nil and the reason when there is none (say a relative
// XDG_CACHE_HOME), which the screen and text mode show in one line. A demo
// keeps nothing.
func progressStore(demo bool) (*results.Store, error) {
	if demo {
		return nil, nil
	}
	store, err := results.DefaultStore()
	if err != nil {
		return nil, err
	}
	return &store, nil
}
